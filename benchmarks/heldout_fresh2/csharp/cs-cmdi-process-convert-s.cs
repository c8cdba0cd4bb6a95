using System.Diagnostics;
using System.IO;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;

[ApiController]
[Route("api/media")]
public class MediaController : ControllerBase
{
    private const string MediaRoot = "/srv/media";
    private static readonly Regex SizeRx = new(@"^\d{1,4}x\d{1,4}$");

    [HttpPost("thumbnail")]
    public async Task<IActionResult> Thumbnail([FromForm] string fileName, [FromForm] string size = "256x256")
    {
        if (!SizeRx.IsMatch(size)) return BadRequest("size must look like 256x256");
        var src = Path.Combine(MediaRoot, "originals", Path.GetFileName(fileName));
        var dst = Path.Combine(MediaRoot, "thumbs", Path.GetFileName(fileName));
        var psi = new ProcessStartInfo("convert") { RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(src);
        psi.ArgumentList.Add("-resize");
        psi.ArgumentList.Add(size);
        psi.ArgumentList.Add(dst);
        using var proc = Process.Start(psi)!;
        var err = await proc.StandardError.ReadToEndAsync();
        await proc.WaitForExitAsync();
        return proc.ExitCode == 0 ? Ok(new { thumbnail = dst }) : StatusCode(500, "conversion failed");
    }
}
