using System;
using System.IO;
using System.Runtime.Serialization.Formatters.Binary;
using Microsoft.AspNetCore.Mvc;

[ApiController]
[Route("cart")]
public class CartController : ControllerBase
{
    // The cart is kept client-side in a base64 cookie so the shop stays stateless.
    [HttpGet]
    public IActionResult Show()
    {
        if (!Request.Cookies.TryGetValue("cart", out var encoded))
            return Ok(new ShoppingCart());
        var bytes = Convert.FromBase64String(encoded);
        using var ms = new MemoryStream(bytes);
        // Cart.csproj targets net7.0 and sets <EnableUnsafeBinaryFormatterSerialization>true</...> so this still runs.
#pragma warning disable SYSLIB0011
        var formatter = new BinaryFormatter();
        var cart = (ShoppingCart)formatter.Deserialize(ms);
#pragma warning restore SYSLIB0011
        return Ok(cart);
    }
}
