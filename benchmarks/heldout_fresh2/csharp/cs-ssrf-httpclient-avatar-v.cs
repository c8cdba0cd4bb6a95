using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;

[ApiController]
[Route("api/profile")]
public class AvatarController : ControllerBase
{
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
        var client = _factory.CreateClient();
        using var resp = await client.GetAsync(req.ImageUrl);
        if (!resp.IsSuccessStatusCode) return BadRequest("could not download image");
        var bytes = await resp.Content.ReadAsByteArrayAsync();
        await _store.SaveAsync(User.Identity!.Name!, bytes, resp.Content.Headers.ContentType?.MediaType);
        return Ok(new { size = bytes.Length });
    }
}
