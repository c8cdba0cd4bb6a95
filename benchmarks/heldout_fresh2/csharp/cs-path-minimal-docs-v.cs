using System.IO;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
var docsRoot = builder.Configuration["Docs:Root"] ?? "/srv/manuals";

// GET /manuals/{product}?page=install/linux  (page is bound from the query string)
app.MapGet("/manuals/{product}", (string product, string page) =>
{
    var file = Path.Combine(docsRoot, product, page + ".md");
    if (!File.Exists(file))
        return Results.NotFound();
    var markdown = File.ReadAllText(file);
    return Results.Text(markdown, "text/markdown");
});

app.Run();
