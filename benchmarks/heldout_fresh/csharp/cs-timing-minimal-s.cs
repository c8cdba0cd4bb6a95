using System.Security.Cryptography;
using System.Text;

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
var deployKey = builder.Configuration["Deploy:Key"] ?? throw new InvalidOperationException("Deploy:Key missing");
var deployKeyHash = SHA256.HashData(Encoding.UTF8.GetBytes(deployKey));

app.MapPost("/deploy/{service}", (string service, HttpRequest request) =>
{
    var presented = request.Headers["X-Deploy-Key"].ToString();
    var presentedHash = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
    if (!CryptographicOperations.FixedTimeEquals(presentedHash, deployKeyHash))
    {
        return Results.Unauthorized();
    }
    DeployQueue.Enqueue(service);
    return Results.Accepted($"/deploy/{service}/status");
});

app.Run();
