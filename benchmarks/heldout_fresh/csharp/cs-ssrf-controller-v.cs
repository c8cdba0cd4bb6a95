using Microsoft.AspNetCore.Mvc;

public record ImportRequest(string SourceUrl);

[ApiController]
[Route("api/import")]
public class CsvImportController : ControllerBase
{
    private readonly HttpClient _http;

    public CsvImportController(IHttpClientFactory factory) => _http = factory.CreateClient();

    [HttpPost]
    public async Task<IActionResult> Import([FromBody] ImportRequest request)
    {
        var csv = await _http.GetStringAsync(request.SourceUrl);
        var rows = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return Ok(new { imported = rows.Length - 1, header = rows.FirstOrDefault() });
    }
}
