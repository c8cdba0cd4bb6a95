using Microsoft.AspNetCore.Mvc;

[ApiController]
public class PreviewController : ControllerBase
{
    private readonly HttpClient _http;
    public PreviewController(HttpClient http) { _http = http; }

    [HttpGet("preview")]
    public async Task<IActionResult> Preview(string url)
    {
        var html = await _http.GetStringAsync(url);
        return Content(html.Length.ToString());
    }
}
