using Microsoft.EntityFrameworkCore;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddDbContext<ShopDb>(o => o.UseSqlite("Data Source=shop.db"));
var app = builder.Build();

app.MapGet("/products", (string name, ShopDb db) =>
    db.Products.FromSqlInterpolated($"SELECT * FROM Products WHERE Name LIKE {"%" + name + "%"}").ToList());

app.Run();

public class Product { public int Id { get; set; } public string Name { get; set; } = ""; }
public class ShopDb : DbContext
{
    public ShopDb(DbContextOptions<ShopDb> o) : base(o) { }
    public DbSet<Product> Products => Set<Product>();
}
