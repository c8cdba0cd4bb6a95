using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddDbContext<ShopContext>(o => o.UseSqlServer(builder.Configuration.GetConnectionString("Shop")));
var app = builder.Build();

app.MapGet("/orders/search", async (string customerEmail, ShopContext db) =>
{
    var orders = await db.Orders
        .FromSqlInterpolated($"SELECT * FROM Orders WHERE CustomerEmail = {customerEmail}")
        .OrderByDescending(o => o.PlacedAt)
        .Take(50)
        .ToListAsync();
    return Results.Ok(orders);
});

app.Run();
