using Microsoft.AspNetCore.Mvc;

public class ExportController : Controller
{
    [HttpGet("export")]
    public IActionResult Export(string name)
    {
        Response.Headers.Append("Content-Disposition", "attachment; filename=" + name);
        return Content("a,b\n1,2\n", "text/csv");
    }
}
