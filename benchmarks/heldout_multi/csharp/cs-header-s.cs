using Microsoft.AspNetCore.Mvc;

public class ExportController : Controller
{
    [HttpGet("export")]
    public IActionResult Export(string name)
    {
        var safeName = string.Concat(name.Where(c => char.IsLetterOrDigit(c) || c == '-' || c == '_'));
        Response.Headers.Append("Content-Disposition", "attachment; filename=" + safeName + ".csv");
        return Content("a,b\n1,2\n", "text/csv");
    }
}
