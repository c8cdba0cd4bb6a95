using System.IdentityModel.Tokens.Jwt;

public class TenantResolutionMiddleware
{
    private readonly RequestDelegate _next;

    public TenantResolutionMiddleware(RequestDelegate next) => _next = next;

    public async Task InvokeAsync(HttpContext context, ITenantStore tenants)
    {
        string? auth = context.Request.Headers.Authorization;
        if (auth is not null && auth.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            var handler = new JwtSecurityTokenHandler();
            JwtSecurityToken token = handler.ReadJwtToken(auth["Bearer ".Length..].Trim());
            string? tenantId = token.Claims.FirstOrDefault(c => c.Type == "tid")?.Value;
            if (tenantId is not null && token.ValidTo > DateTime.UtcNow)
            {
                context.Items["Tenant"] = await tenants.GetAsync(tenantId);
                context.Items["UserId"] = token.Subject;
            }
        }
        await _next(context);
    }
}
