using System.Runtime.Serialization.Formatters.Binary;
using Microsoft.AspNetCore.Mvc;

public class ReportStateController : Controller
{
    [HttpPost("report/state")]
    public IActionResult Restore([FromForm] string state)
    {
        var bytes = Convert.FromBase64String(state);
        using var ms = new MemoryStream(bytes);
        var obj = new BinaryFormatter().Deserialize(ms);
        return Ok(obj.GetType().Name);
    }
}
