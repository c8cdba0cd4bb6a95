using Microsoft.AspNetCore.Mvc;

[ApiController]
[Route("api/password-reset")]
public class PasswordResetController : ControllerBase
{
    private const string AuditFile = "/var/log/app/security-audit.log";
    private readonly IResetService _reset;

    public PasswordResetController(IResetService reset) => _reset = reset;

    [HttpPost]
    public async Task<IActionResult> RequestReset([FromForm] string email)
    {
        var ip = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "?";
        await System.IO.File.AppendAllTextAsync(AuditFile,
            $"{DateTime.UtcNow:o} reset-requested email={email} ip={ip}{Environment.NewLine}");
        await _reset.SendLinkAsync(email);
        return Accepted();
    }
}
