using Microsoft.AspNetCore.Mvc;

[ApiController]
[Route("attachments")]
public class AttachmentsController : ControllerBase
{
    private readonly string _root;

    public AttachmentsController(IWebHostEnvironment env)
    {
        _root = Path.Combine(env.ContentRootPath, "attachments");
    }

    [HttpGet("{*name}")]
    public IActionResult Get(string name)
    {
        var full = Path.Combine(_root, name);
        if (!System.IO.File.Exists(full))
        {
            return NotFound();
        }
        return PhysicalFile(full, "application/octet-stream", Path.GetFileName(full));
    }
}
