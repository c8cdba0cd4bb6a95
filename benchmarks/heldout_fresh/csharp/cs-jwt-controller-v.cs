using System.IdentityModel.Tokens.Jwt;
using Microsoft.AspNetCore.Mvc;

[ApiController]
[Route("api/tenant")]
public class TenantController : ControllerBase
{
    [HttpGet("settings")]
    public IActionResult Settings([FromHeader(Name = "Authorization")] string? authorization)
    {
        if (authorization is null || !authorization.StartsWith("Bearer ")) return Unauthorized();
        var handler = new JwtSecurityTokenHandler();
        var token = handler.ReadJwtToken(authorization["Bearer ".Length..]);
        var tenantId = token.Claims.FirstOrDefault(c => c.Type == "tenant_id")?.Value;
        if (tenantId is null) return Forbid();
        return Ok(TenantSettingsStore.Load(tenantId));
    }
}
