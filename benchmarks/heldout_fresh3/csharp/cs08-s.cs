using Microsoft.AspNetCore.Mvc;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

public class WorkflowDefinition
{
    public string Name { get; set; } = "";
    public List<object> Steps { get; set; } = new();
}

[ApiController]
[Route("api/workflows")]
public class WorkflowImportController : ControllerBase
{
    private sealed class StepBinder : ISerializationBinder
    {
        private static readonly Dictionary<string, Type> Known = new()
        {
            ["http"] = typeof(HttpStep), ["delay"] = typeof(DelayStep), ["email"] = typeof(EmailStep),
        };

        public Type BindToType(string? assemblyName, string typeName) =>
            Known.TryGetValue(typeName, out var t) ? t : throw new JsonSerializationException("unknown step type");

        public void BindToName(Type serializedType, out string? assemblyName, out string? typeName)
        {
            assemblyName = null;
            typeName = Known.First(kv => kv.Value == serializedType).Key;
        }
    }

    private static readonly JsonSerializerSettings Settings = new()
    {
        TypeNameHandling = TypeNameHandling.Auto,
        SerializationBinder = new StepBinder(),
        NullValueHandling = NullValueHandling.Ignore,
    };

    private readonly IWorkflowStore _store;

    public WorkflowImportController(IWorkflowStore store) => _store = store;

    // Steps are polymorphic (HttpStep, DelayStep, EmailStep, ...), so the JSON carries $type.
    [HttpPost("import")]
    public async Task<IActionResult> Import()
    {
        using var reader = new StreamReader(Request.Body);
        string json = await reader.ReadToEndAsync();
        var workflow = JsonConvert.DeserializeObject<WorkflowDefinition>(json, Settings);
        if (workflow is null) return BadRequest();
        await _store.SaveAsync(workflow);
        return Ok(new { workflow.Name, Steps = workflow.Steps.Count });
    }
}
