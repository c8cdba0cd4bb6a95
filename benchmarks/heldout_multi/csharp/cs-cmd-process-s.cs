using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;

[ApiController]
public class DnsController : ControllerBase
{
    [HttpGet("dns")]
    public IActionResult Lookup(string host)
    {
        var psi = new ProcessStartInfo("nslookup") { RedirectStandardOutput = true };
        psi.ArgumentList.Add(host);
        using var p = Process.Start(psi)!;
        return Content(p.StandardOutput.ReadToEnd());
    }
}
