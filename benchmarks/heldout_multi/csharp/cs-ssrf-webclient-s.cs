using System.Net;

var app = WebApplication.Create(args);
var sources = new Dictionary<string, string> { ["prices"] = "https://feeds.example.com/prices.csv", ["stock"] = "https://feeds.example.com/stock.csv" };

app.MapPost("/import", (string source) =>
{
    if (!sources.TryGetValue(source, out var url)) return Results.NotFound();
    using var client = new WebClient();
    client.DownloadFile(url, Path.Combine("imports", Guid.NewGuid() + ".dat"));
    return Results.Accepted();
});

app.Run();
