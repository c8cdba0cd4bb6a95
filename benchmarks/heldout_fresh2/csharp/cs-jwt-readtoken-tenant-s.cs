using System.IdentityModel.Tokens.Jwt;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.Tokens;

public class TenantMiddleware
{
    private readonly RequestDelegate _next;
    private readonly TokenValidationParameters _validation;

    public TenantMiddleware(RequestDelegate next, TokenValidationParameters validation)
    {
        _next = next;
        _validation = validation; // issuer, audience, signing keys and ValidAlgorithms = { "RS256" } from config
    }

    public async Task InvokeAsync(HttpContext context, ITenantRegistry tenants)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer "))
        {
            var handler = new JwtSecurityTokenHandler();
            try
            {
                var principal = handler.ValidateToken(header["Bearer ".Length..], _validation, out _);
                var tenantId = principal.Claims.FirstOrDefault(c => c.Type == "tid")?.Value;
                var userId = principal.FindFirst(JwtRegisteredClaimNames.Sub)?.Value
                             ?? principal.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;
                if (tenantId != null && userId != null)
                {
                    context.Items["Tenant"] = await tenants.GetAsync(tenantId);
                    context.Items["UserId"] = userId;
                }
            }
            catch (SecurityTokenException)
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return;
            }
        }
        await _next(context);
    }
}
