using Microsoft.AspNetCore.Mvc;

[ApiController]
[Route("attachments")]
public class AttachmentsController : ControllerBase
{
    private readonly string _root;

    public AttachmentsController(IWebHostEnvironment env)
    {
        _root = Path.GetFullPath(Path.Combine(env.ContentRootPath, "attachments")) + Path.DirectorySeparatorChar;
    }

    [HttpGet("{*name}")]
    public IActionResult Get(string name)
    {
        var full = Path.GetFullPath(Path.Combine(_root, name));
        if (!full.StartsWith(_root, StringComparison.Ordinal) || !System.IO.File.Exists(full))
        {
            return NotFound();
        }
        return PhysicalFile(full, "application/octet-stream", Path.GetFileName(full));
    }
}
