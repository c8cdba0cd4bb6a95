using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

public class StepTypeBinder : ISerializationBinder
{
    private static readonly Dictionary<string, Type> Allowed = new()
    {
        ["SendEmail"] = typeof(SendEmailStep),
        ["Wait"] = typeof(WaitStep),
        ["Webhook"] = typeof(WebhookStep),
    };

    public Type BindToType(string? assemblyName, string typeName) =>
        Allowed.TryGetValue(typeName, out var t) ? t : throw new JsonSerializationException($"step type {typeName} not allowed");

    public void BindToName(Type serializedType, out string? assemblyName, out string? typeName)
    {
        assemblyName = null;
        typeName = serializedType.Name.Replace("Step", "");
    }
}

public class WorkflowDefinition
{
    public string Name { get; set; } = "";
    public List<WorkflowStep> Steps { get; set; } = new();
    public Dictionary<string, object> Inputs { get; set; } = new(); // free-form values handed to the steps
}

[ApiController]
[Route("api/workflows")]
public class WorkflowController : ControllerBase
{
    private static readonly JsonSerializerSettings Settings = new()
    {
        TypeNameHandling = TypeNameHandling.Auto,
        SerializationBinder = new StepTypeBinder(),
        NullValueHandling = NullValueHandling.Ignore,
    };

    private readonly IWorkflowEngine _engine;

    public WorkflowController(IWorkflowEngine engine) => _engine = engine;

    // Body: { "name": "...", "steps": [ { "$type": "SendEmail", ... } ] }
    [HttpPost]
    public async Task<IActionResult> Create()
    {
        using var reader = new StreamReader(Request.Body);
        var json = await reader.ReadToEndAsync();
        var definition = JsonConvert.DeserializeObject<WorkflowDefinition>(json, Settings);
        var id = await _engine.RegisterAsync(definition!);
        return Created($"/api/workflows/{id}", new { id });
    }
}
