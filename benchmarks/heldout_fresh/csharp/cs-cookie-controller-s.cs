using Microsoft.AspNetCore.Mvc;

[ApiController]
[Route("api/session")]
public class SessionController : ControllerBase
{
    private readonly ISessionTokens _tokens;

    public SessionController(ISessionTokens tokens) => _tokens = tokens;

    [HttpPost]
    public async Task<IActionResult> Create([FromBody] LoginDto login)
    {
        var token = await _tokens.IssueAsync(login.Email, login.Password);
        if (token is null) return Unauthorized();
        Response.Cookies.Append("auth_token", token, new CookieOptions
        {
            Expires = DateTimeOffset.UtcNow.AddHours(12),
            Path = "/",
            HttpOnly = true,
            Secure = true,
            SameSite = SameSiteMode.Strict,
        });
        return NoContent();
    }
}
