using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSingleton<ISessionStore, RedisSessionStore>();
var app = builder.Build();

app.MapPost("/login", async (LoginForm form, IUserService users, ISessionStore sessions, HttpResponse response) =>
{
    var user = await users.ValidateAsync(form.Email, form.Password);
    if (user is null) return Results.Unauthorized();
    var sid = await sessions.CreateAsync(user.Id);
    response.Cookies.Append("sid", sid, new CookieOptions
    {
        Path = "/",
        MaxAge = TimeSpan.FromHours(12),
    });
    return Results.Ok(new { user.DisplayName });
});

app.Run();

public record LoginForm(string Email, string Password);
