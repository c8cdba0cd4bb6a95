using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;

[ApiController]
[Route("api/media")]
public class MediaController : ControllerBase
{
    private const string MediaRoot = "/srv/media";

    [HttpPost("thumbnail")]
    public async Task<IActionResult> Thumbnail([FromForm] string fileName, [FromForm] string size = "256x256")
    {
        var src = Path.Combine(MediaRoot, "originals", Path.GetFileName(fileName));
        var dst = Path.Combine(MediaRoot, "thumbs", Path.GetFileName(fileName));
        var psi = new ProcessStartInfo("/bin/bash")
        {
            Arguments = $"-c \"convert '{src}' -resize {size} '{dst}'\"",
            RedirectStandardError = true,
        };
        using var proc = Process.Start(psi)!;
        var err = await proc.StandardError.ReadToEndAsync();
        await proc.WaitForExitAsync();
        return proc.ExitCode == 0 ? Ok(new { thumbnail = dst }) : StatusCode(500, "conversion failed");
    }
}
