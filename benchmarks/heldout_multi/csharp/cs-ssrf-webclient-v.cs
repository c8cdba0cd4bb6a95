using System.Net;

var app = WebApplication.Create(args);

app.MapPost("/import", (string source) =>
{
    using var client = new WebClient();
    client.DownloadFile(source, Path.Combine("imports", Guid.NewGuid() + ".dat"));
    return Results.Accepted();
});

app.Run();
