using System.Xml;
using Microsoft.AspNetCore.Mvc;

public class XmlAuthController : Controller
{
    [HttpPost("xml-login")]
    public IActionResult Login(string user, string pass)
    {
        var doc = new XmlDocument();
        doc.Load("users.xml");
        var node = doc.SelectSingleNode("//user[@name='" + user + "' and @pass='" + pass + "']");
        return node == null ? Unauthorized() : Ok();
    }
}
