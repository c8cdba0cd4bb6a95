using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;

[ApiController]
[Route("api/profile")]
public class AvatarController : ControllerBase
{
    private static readonly HashSet<string> AllowedHosts = new(StringComparer.OrdinalIgnoreCase)
    {
        "avatars.githubusercontent.com", "secure.gravatar.com", "lh3.googleusercontent.com",
    };

    private readonly IHttpClientFactory _factory;
    private readonly IAvatarStore _store;

    public AvatarController(IHttpClientFactory factory, IAvatarStore store)
    {
        _factory = factory;
        _store = store;
    }

    public record AvatarFromUrl(string ImageUrl);

    [HttpPost("avatar/from-url")]
    public async Task<IActionResult> Import([FromBody] AvatarFromUrl req)
    {
        if (!Uri.TryCreate(req.ImageUrl, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps
            || !uri.IsDefaultPort || !string.IsNullOrEmpty(uri.UserInfo) || !AllowedHosts.Contains(uri.Host))
            return BadRequest("image host not allowed");
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var resp = await client.GetAsync(uri);
        if (!resp.IsSuccessStatusCode) return BadRequest("could not download image");
        var bytes = await resp.Content.ReadAsByteArrayAsync();
        await _store.SaveAsync(User.Identity!.Name!, bytes, resp.Content.Headers.ContentType?.MediaType);
        return Ok(new { size = bytes.Length });
    }
}
