using System;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;

[ApiController]
[Route("cart")]
public class CartController : ControllerBase
{
    private readonly IDataProtector _protector;

    public CartController(IDataProtectionProvider dp) => _protector = dp.CreateProtector("cart-cookie.v1");

    // The cart is kept client-side in a protected cookie so the shop stays stateless.
    [HttpGet]
    public IActionResult Show()
    {
        if (!Request.Cookies.TryGetValue("cart", out var encoded))
            return Ok(new ShoppingCart());
        string json;
        try { json = _protector.Unprotect(encoded); }
        catch (System.Security.Cryptography.CryptographicException) { return Ok(new ShoppingCart()); }
        var cart = JsonSerializer.Deserialize<ShoppingCart>(json) ?? new ShoppingCart();
        return Ok(cart);
    }
}
