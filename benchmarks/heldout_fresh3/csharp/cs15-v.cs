using Microsoft.AspNetCore.Mvc;

[ApiController]
[Route("cart")]
public class CartController : ControllerBase
{
    private readonly ICartService _carts;

    public CartController(ICartService carts) => _carts = carts;

    [HttpPost("start")]
    public async Task<IActionResult> Start()
    {
        var cartId = await _carts.CreateAsync(User.Identity?.Name);
        Response.Cookies.Append("cart_session", cartId.ToString("N"), new CookieOptions
        {
            Expires = DateTimeOffset.UtcNow.AddDays(14),
            Path = "/",
            HttpOnly = false,
            Secure = false,
        });
        return Ok(new { cartId });
    }
}
