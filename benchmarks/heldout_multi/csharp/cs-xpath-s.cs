using System.Text.RegularExpressions;
using System.Xml;
using Microsoft.AspNetCore.Mvc;

public class XmlAuthController : Controller
{
    [HttpPost("xml-login")]
    public IActionResult Login(string user, string pass)
    {
        if (!Regex.IsMatch(user, "^[A-Za-z0-9_]{1,32}$") || !Regex.IsMatch(pass, "^[A-Za-z0-9_!@#$%^&*]{1,64}$")) return BadRequest();
        var doc = new XmlDocument();
        doc.Load("users.xml");
        var node = doc.SelectSingleNode("//user[@name='" + user + "' and @pass='" + pass + "']");
        return node == null ? Unauthorized() : Ok();
    }
}
