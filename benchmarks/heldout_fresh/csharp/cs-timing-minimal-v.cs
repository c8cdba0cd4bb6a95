var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
var deployKey = builder.Configuration["Deploy:Key"] ?? throw new InvalidOperationException("Deploy:Key missing");

app.MapPost("/deploy/{service}", (string service, HttpRequest request) =>
{
    var presented = request.Headers["X-Deploy-Key"].ToString();
    if (!string.Equals(presented, deployKey, StringComparison.Ordinal))
    {
        return Results.Unauthorized();
    }
    DeployQueue.Enqueue(service);
    return Results.Accepted($"/deploy/{service}/status");
});

app.Run();
