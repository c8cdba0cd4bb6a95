using Microsoft.AspNetCore.Mvc;

public class DocsController : Controller
{
    private const string Root = "/var/app/docs";

    [HttpGet("/docs/{name}")]
    public IActionResult Download(string name)
    {
        var path = Path.Combine(Root, name);
        return PhysicalFile(path, "application/octet-stream");
    }
}
