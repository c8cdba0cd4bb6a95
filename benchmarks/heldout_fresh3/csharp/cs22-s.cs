using System.Security.Cryptography;
using System.Text;

public class ApiKeyMiddleware
{
    private readonly RequestDelegate _next;
    private readonly byte[] _expectedKey;

    public ApiKeyMiddleware(RequestDelegate next, IConfiguration config)
    {
        _next = next;
        var key = config["Ingest:ApiKey"] ?? throw new InvalidOperationException("Ingest:ApiKey missing");
        _expectedKey = SHA256.HashData(Encoding.UTF8.GetBytes(key));
    }

    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Headers.TryGetValue("X-Ingest-Key", out var provided)
            || !CryptographicOperations.FixedTimeEquals(
                SHA256.HashData(Encoding.UTF8.GetBytes(provided.ToString())), _expectedKey))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            await context.Response.WriteAsync("invalid api key");
            return;
        }
        await _next(context);
    }
}
