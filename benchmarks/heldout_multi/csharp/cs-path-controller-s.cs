using Microsoft.AspNetCore.Mvc;

public class DocsController : Controller
{
    private const string Root = "/var/app/docs";

    [HttpGet("/docs/{name}")]
    public IActionResult Download(string name)
    {
        var path = Path.GetFullPath(Path.Combine(Root, name));
        if (!path.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal)) return NotFound();
        return PhysicalFile(path, "application/octet-stream");
    }
}
