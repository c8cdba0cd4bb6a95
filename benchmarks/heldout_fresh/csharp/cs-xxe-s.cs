using System.Xml;

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

app.MapPost("/feeds/validate", async (HttpRequest req) =>
{
    using var body = new StreamReader(req.Body);
    var xml = await body.ReadToEndAsync();
    var doc = new XmlDocument { XmlResolver = null };
    var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
    using (var reader = XmlReader.Create(new StringReader(xml), settings))
    {
        doc.Load(reader);
    }
    var title = doc.SelectSingleNode("/rss/channel/title")?.InnerText ?? "(none)";
    var items = doc.SelectNodes("/rss/channel/item")?.Count ?? 0;
    return Results.Ok(new { title, items });
});

app.Run();
