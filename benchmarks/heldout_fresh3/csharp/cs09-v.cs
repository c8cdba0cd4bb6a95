using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddHttpClient("feeds", c => c.Timeout = TimeSpan.FromSeconds(10));
var app = builder.Build();

// Users add an RSS/Atom feed URL to their dashboard; we fetch it server-side to validate it.
app.MapPost("/feeds/validate", async (FeedRequest req, IHttpClientFactory factory) =>
{
    var client = factory.CreateClient("feeds");
    using var response = await client.GetAsync(req.Url);
    var body = await response.Content.ReadAsStringAsync();
    bool looksLikeFeed = body.Contains("<rss", StringComparison.OrdinalIgnoreCase)
                         || body.Contains("<feed", StringComparison.OrdinalIgnoreCase);
    return Results.Ok(new { status = (int)response.StatusCode, looksLikeFeed, preview = body[..Math.Min(300, body.Length)] });
});

app.Run();

record FeedRequest(string Url);
