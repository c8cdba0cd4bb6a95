using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

public class CheckoutController : Controller
{
    private readonly IPricingService _pricing;

    public CheckoutController(IPricingService pricing) => _pricing = pricing;

    [HttpPost("/checkout/partner")]
    public IActionResult FromPartner([FromForm] string partnerCode, [FromForm] string tier)
    {
        HttpContext.Session.SetString("PartnerCode", partnerCode);
        HttpContext.Session.SetString("PriceTier", tier);
        return RedirectToAction(nameof(Review));
    }

    [HttpGet("/checkout/review")]
    public IActionResult Review()
    {
        var tier = HttpContext.Session.GetString("PriceTier") ?? "retail";
        var cart = _pricing.PriceCart(HttpContext.Session.GetString("CartId")!, tier);
        return View(cart);
    }
}
