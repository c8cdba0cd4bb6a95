using Microsoft.AspNetCore.Mvc;
using Newtonsoft.Json;

public class CommandController : Controller
{
    [HttpPost("commands")]
    public IActionResult Run([FromBody] string body)
    {
        var settings = new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.All };
        var command = JsonConvert.DeserializeObject(body, settings);
        return Ok(command?.GetType().Name);
    }
}
