using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;

[ApiController]
public class DnsController : ControllerBase
{
    [HttpGet("dns")]
    public IActionResult Lookup(string host)
    {
        var psi = new ProcessStartInfo("/bin/sh", "-c \"nslookup " + host + "\"") { RedirectStandardOutput = true };
        using var p = Process.Start(psi)!;
        return Content(p.StandardOutput.ReadToEnd());
    }
}
