using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Mvc;

[ApiController]
[Route("diag")]
public class DiagnosticsController : ControllerBase
{
    [HttpGet("ping")]
    public async Task<IActionResult> Ping([FromQuery] string target)
    {
        if (!IPAddress.TryParse(target, out var address))
            return BadRequest("target must be an IP address");
        var psi = new ProcessStartInfo
        {
            FileName = "ping",
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add("3");
        psi.ArgumentList.Add(address.ToString());
        using var proc = Process.Start(psi)!;
        string output = await proc.StandardOutput.ReadToEndAsync();
        await proc.WaitForExitAsync();
        return Content(output, "text/plain");
    }
}
