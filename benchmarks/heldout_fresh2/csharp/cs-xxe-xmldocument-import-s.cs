using System.Xml;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

[ApiController]
[Route("api/contacts")]
public class ContactImportController : ControllerBase
{
    [HttpPost("import")]
    public IActionResult Import(IFormFile file)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
        };
        var doc = new XmlDocument { XmlResolver = null };
        using (var stream = file.OpenReadStream())
        using (var reader = XmlReader.Create(stream, settings))
        {
            doc.Load(reader);
        }
        var imported = 0;
        foreach (XmlNode node in doc.SelectNodes("/contacts/contact")!)
        {
            var name = node["name"]?.InnerText;
            var email = node["email"]?.InnerText;
            if (!string.IsNullOrEmpty(name) && !string.IsNullOrEmpty(email)) imported++;
        }
        return Ok(new { imported, root = doc.DocumentElement?.Name });
    }
}
