using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddHttpClient("feeds", c => c.Timeout = TimeSpan.FromSeconds(10))
    .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        UseProxy = false,
        ConnectCallback = async (ctx, ct) =>
        {
            var addresses = await Dns.GetHostAddressesAsync(ctx.DnsEndPoint.Host, ct);
            var ip = addresses.FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork)
                     ?? throw new HttpRequestException("no IPv4 address");
            var b = ip.GetAddressBytes();
            bool internalAddr = b[0] == 10 || b[0] == 127 || b[0] == 0 || (b[0] == 169 && b[1] == 254)
                                || (b[0] == 172 && b[1] >= 16 && b[1] <= 31) || (b[0] == 192 && b[1] == 168)
                                || (b[0] == 100 && b[1] >= 64 && b[1] <= 127) || b[0] >= 224;
            if (internalAddr) throw new HttpRequestException("destination not allowed");
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
            await socket.ConnectAsync(new IPEndPoint(ip, ctx.DnsEndPoint.Port), ct);
            return new NetworkStream(socket, ownsSocket: true);
        },
    });
var app = builder.Build();

// Users add an RSS/Atom feed URL to their dashboard; we fetch it server-side to validate it.
app.MapPost("/feeds/validate", async (FeedRequest req, IHttpClientFactory factory) =>
{
    if (!Uri.TryCreate(req.Url, UriKind.Absolute, out var uri) || (uri.Scheme != "https" && uri.Scheme != "http"))
        return Results.BadRequest("invalid url");
    var client = factory.CreateClient("feeds");
    using var response = await client.GetAsync(uri);
    var body = await response.Content.ReadAsStringAsync();
    bool looksLikeFeed = body.Contains("<rss", StringComparison.OrdinalIgnoreCase)
                         || body.Contains("<feed", StringComparison.OrdinalIgnoreCase);
    return Results.Ok(new { status = (int)response.StatusCode, looksLikeFeed, preview = body[..Math.Min(300, body.Length)] });
});

app.Run();

record FeedRequest(string Url);
