using System.IdentityModel.Tokens.Jwt;
using System.Text;
using Microsoft.IdentityModel.Tokens;

public class TenantMiddleware
{
    private readonly RequestDelegate _next;
    private readonly TokenValidationParameters _params;
    public TenantMiddleware(RequestDelegate next, IConfiguration cfg)
    {
        _next = next;
        _params = new TokenValidationParameters
        {
            IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(cfg["Jwt:Key"]!)),
            ValidIssuer = cfg["Jwt:Issuer"], ValidAudience = cfg["Jwt:Audience"]
        };
    }

    public async Task Invoke(HttpContext ctx)
    {
        var raw = ctx.Request.Headers.Authorization.ToString().Replace("Bearer ", "");
        var principal = new JwtSecurityTokenHandler().ValidateToken(raw, _params, out _);
        ctx.Items["tenant"] = principal.FindFirst("tenant")!.Value;
        await _next(ctx);
    }
}
