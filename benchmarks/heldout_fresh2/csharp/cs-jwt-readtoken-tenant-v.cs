using System.IdentityModel.Tokens.Jwt;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

public class TenantMiddleware
{
    private readonly RequestDelegate _next;

    public TenantMiddleware(RequestDelegate next) => _next = next;

    public async Task InvokeAsync(HttpContext context, ITenantRegistry tenants)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer "))
        {
            var handler = new JwtSecurityTokenHandler();
            var token = handler.ReadJwtToken(header["Bearer ".Length..]);
            var tenantId = token.Claims.FirstOrDefault(c => c.Type == "tid")?.Value;
            var userId = token.Subject;
            if (tenantId != null && userId != null)
            {
                context.Items["Tenant"] = await tenants.GetAsync(tenantId);
                context.Items["UserId"] = userId;
            }
        }
        await _next(context);
    }
}
