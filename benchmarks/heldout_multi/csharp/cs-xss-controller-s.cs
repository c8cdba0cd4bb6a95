using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc;

public class WelcomeController : Controller
{
    [HttpGet("/welcome")]
    public IActionResult Index(string name)
    {
        return Content("<p>Welcome, " + HtmlEncoder.Default.Encode(name) + "!</p>", "text/html");
    }
}
