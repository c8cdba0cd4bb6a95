using Microsoft.AspNetCore.Mvc;
using Newtonsoft.Json;

public class Command { public string Name { get; set; } = ""; public int Priority { get; set; } }

public class CommandController : Controller
{
    [HttpPost("commands")]
    public IActionResult Run([FromBody] string body)
    {
        var settings = new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.None };
        var command = JsonConvert.DeserializeObject<Command>(body, settings);
        return Ok(command?.Name);
    }
}
