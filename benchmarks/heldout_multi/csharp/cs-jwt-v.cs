using System.IdentityModel.Tokens.Jwt;

public class TenantMiddleware
{
    private readonly RequestDelegate _next;
    public TenantMiddleware(RequestDelegate next) { _next = next; }

    public async Task Invoke(HttpContext ctx)
    {
        var raw = ctx.Request.Headers.Authorization.ToString().Replace("Bearer ", "");
        var token = new JwtSecurityTokenHandler().ReadJwtToken(raw);
        ctx.Items["tenant"] = token.Claims.First(c => c.Type == "tenant").Value;
        await _next(ctx);
    }
}
