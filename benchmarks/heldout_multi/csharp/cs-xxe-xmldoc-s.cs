using System.Xml;
using Microsoft.AspNetCore.Mvc;

public class SettingsController : Controller
{
    [HttpPost("settings/import")]
    public IActionResult Import(IFormFile file)
    {
        var doc = new XmlDocument();
        doc.XmlResolver = null;
        doc.Load(file.OpenReadStream());
        return Ok(doc.DocumentElement?.Name);
    }
}
