using Microsoft.AspNetCore.Mvc;

public class WelcomeController : Controller
{
    [HttpGet("/welcome")]
    public IActionResult Index(string name)
    {
        return Content("<p>Welcome, " + name + "!</p>", "text/html");
    }
}
