using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;

[ApiController]
[Route("diag")]
public class DiagnosticsController : ControllerBase
{
    [HttpGet("ping")]
    public async Task<IActionResult> Ping([FromQuery] string target)
    {
        var psi = new ProcessStartInfo
        {
            FileName = "/bin/bash",
            Arguments = $"-c \"ping -c 3 {target}\"",
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var proc = Process.Start(psi)!;
        string output = await proc.StandardOutput.ReadToEndAsync();
        await proc.WaitForExitAsync();
        return Content(output, "text/plain");
    }
}
