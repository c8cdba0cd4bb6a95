using System.IdentityModel.Tokens.Jwt;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.IdentityModel.Tokens;

[ApiController]
[Route("api/tenant")]
public class TenantController : ControllerBase
{
    private static readonly TokenValidationParameters Validation = new()
    {
        ValidIssuer = "https://id.example.com",
        ValidAudience = "tenant-api",
        IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(Environment.GetEnvironmentVariable("TENANT_JWT_KEY")!)),
        ValidAlgorithms = new[] { SecurityAlgorithms.HmacSha256 },
    };

    [HttpGet("settings")]
    public IActionResult Settings([FromHeader(Name = "Authorization")] string? authorization)
    {
        if (authorization is null || !authorization.StartsWith("Bearer ")) return Unauthorized();
        var handler = new JwtSecurityTokenHandler();
        try
        {
            var principal = handler.ValidateToken(authorization["Bearer ".Length..], Validation, out _);
            var tenantId = principal.FindFirst("tenant_id")?.Value;
            if (tenantId is null) return Forbid();
            return Ok(TenantSettingsStore.Load(tenantId));
        }
        catch (SecurityTokenException)
        {
            return Unauthorized();
        }
    }
}
