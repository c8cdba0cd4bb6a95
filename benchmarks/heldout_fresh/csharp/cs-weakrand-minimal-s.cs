using System.Security.Cryptography;
using Microsoft.Extensions.Caching.Memory;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddMemoryCache();
var app = builder.Build();

app.MapPost("/auth/otp", (string phone, IMemoryCache cache, ISmsSender sms) =>
{
    var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6");
    cache.Set("otp:" + phone, code, TimeSpan.FromMinutes(5));
    sms.Send(phone, $"Your login code is {code}");
    return Results.Accepted();
});

app.Run();
