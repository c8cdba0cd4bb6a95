using Microsoft.AspNetCore.Mvc;
using Newtonsoft.Json;

[ApiController]
[Route("api/workflows")]
public class WorkflowController : ControllerBase
{
    private static readonly JsonSerializerSettings Settings = new()
    {
        TypeNameHandling = TypeNameHandling.All,
    };

    [HttpPost("import")]
    public async Task<IActionResult> Import()
    {
        using var reader = new StreamReader(Request.Body);
        var json = await reader.ReadToEndAsync();
        var workflow = JsonConvert.DeserializeObject<WorkflowDefinition>(json, Settings);
        if (workflow is null) return BadRequest();
        WorkflowStore.Save(workflow);
        return Ok(new { workflow.Name, steps = workflow.Steps.Count });
    }
}
