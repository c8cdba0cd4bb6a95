using System.Text.Json;
using Microsoft.AspNetCore.Mvc;

public record ReportState(string Name, int Page);

public class ReportStateController : Controller
{
    [HttpPost("report/state")]
    public IActionResult Restore([FromForm] string state)
    {
        var bytes = Convert.FromBase64String(state);
        var obj = JsonSerializer.Deserialize<ReportState>(bytes);
        return Ok(obj?.Name);
    }
}
