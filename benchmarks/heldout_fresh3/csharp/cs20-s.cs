using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using Microsoft.IdentityModel.Tokens;

public class TenantResolutionMiddleware
{
    private readonly RequestDelegate _next;
    private readonly TokenValidationParameters _validation;

    public TenantResolutionMiddleware(RequestDelegate next, TokenValidationParameters validation)
    {
        _next = next;
        _validation = validation; // issuer, audience, signing keys and ValidAlgorithms set at startup
    }

    public async Task InvokeAsync(HttpContext context, ITenantStore tenants)
    {
        string? auth = context.Request.Headers.Authorization;
        if (auth is not null && auth.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            var handler = new JwtSecurityTokenHandler();
            try
            {
                ClaimsPrincipal principal = handler.ValidateToken(auth["Bearer ".Length..].Trim(), _validation, out _);
                string? tenantId = principal.FindFirst("tid")?.Value;
                if (tenantId is not null)
                {
                    context.Items["Tenant"] = await tenants.GetAsync(tenantId);
                    context.Items["UserId"] = principal.FindFirst(ClaimTypes.NameIdentifier)?.Value;
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
