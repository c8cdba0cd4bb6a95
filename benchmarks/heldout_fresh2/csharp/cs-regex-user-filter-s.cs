using System;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSingleton<IProductCatalog, ProductCatalog>();
var app = builder.Build();

app.MapGet("/products/filter", (string pattern, IProductCatalog catalog) =>
{
    var rx = new Regex(Regex.Escape(pattern), RegexOptions.IgnoreCase, TimeSpan.FromMilliseconds(100));
    var matches = catalog.All().Where(p => rx.IsMatch(p.Name) || rx.IsMatch(p.Description)).Take(50);
    return Results.Ok(matches);
});

app.Run();
