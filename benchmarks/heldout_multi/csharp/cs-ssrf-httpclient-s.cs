using Microsoft.AspNetCore.Mvc;

[ApiController]
public class PreviewController : ControllerBase
{
    private static readonly HashSet<string> Hosts = new() { "docs.example.com", "wiki.example.com" };
    private readonly HttpClient _http;
    public PreviewController(HttpClient http) { _http = http; }

    [HttpGet("preview")]
    public async Task<IActionResult> Preview(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps || !Hosts.Contains(uri.Host))
            return BadRequest();
        var html = await _http.GetStringAsync(uri);
        return Content(html.Length.ToString());
    }
}
