using System.Text.RegularExpressions;

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

Func<string, Regex> makeFilter = text => new Regex(Regex.Escape(text), RegexOptions.IgnoreCase);

app.MapGet("/products/filter", (string name, IProductCatalog catalog) =>
{
    var filter = makeFilter(name);
    var hits = catalog.All().Where(p => filter.IsMatch(p.Name)).Take(50).ToList();
    return Results.Ok(hits);
});

app.Run();
