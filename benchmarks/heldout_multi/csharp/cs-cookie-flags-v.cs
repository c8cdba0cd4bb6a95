using Microsoft.AspNetCore.Mvc;

public class SessionController : Controller
{
    [HttpPost("session")]
    public IActionResult Create(string user)
    {
        var token = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        Response.Cookies.Append("session", token, new CookieOptions { HttpOnly = false, Secure = false });
        return Ok();
    }
}
