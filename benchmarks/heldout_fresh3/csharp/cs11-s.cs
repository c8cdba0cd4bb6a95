using System.Xml;
using Microsoft.AspNetCore.Mvc;

[ApiController]
[Route("api/sitemaps")]
public class SitemapController : ControllerBase
{
    // Customers upload their sitemap.xml so we can crawl the listed pages.
    [HttpPost("upload")]
    public IActionResult Upload(IFormFile file)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
        };
        using var stream = file.OpenReadStream();
        using var reader = XmlReader.Create(stream, settings);
        var doc = new XmlDocument { XmlResolver = null };
        doc.Load(reader);
        var ns = new XmlNamespaceManager(doc.NameTable);
        ns.AddNamespace("sm", "http://www.sitemaps.org/schemas/sitemap/0.9");
        var urls = doc.SelectNodes("//sm:url/sm:loc", ns)!
            .Cast<XmlNode>().Select(n => n.InnerText.Trim()).ToList();
        return Ok(new { count = urls.Count, first = urls.Take(10) });
    }
}
