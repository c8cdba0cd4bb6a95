using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

var builder = WebApplication.CreateBuilder(args);
var signingKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(builder.Configuration["Jwt:SigningKey"]!));
builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
    .AddJwtBearer(o => o.TokenValidationParameters = new TokenValidationParameters
    {
        IssuerSigningKey = signingKey, ValidateIssuer = false, ValidateAudience = false
    });
var app = builder.Build();
app.UseAuthentication();
app.MapGet("/me", (HttpContext c) => c.User.Identity?.Name).RequireAuthorization();
app.Run();
