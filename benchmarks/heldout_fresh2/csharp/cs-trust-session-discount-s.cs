using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

public class CheckoutController : Controller
{
    private readonly IPricingService _pricing;
    private readonly IPartnerDirectory _partners;

    public CheckoutController(IPricingService pricing, IPartnerDirectory partners)
    {
        _pricing = pricing;
        _partners = partners;
    }

    [HttpPost("/checkout/partner")]
    public IActionResult FromPartner([FromForm] string partnerCode, [FromForm] string tier)
    {
        var partner = _partners.Find(partnerCode);
        if (partner is null) return BadRequest("unknown partner");
        HttpContext.Session.SetString("PartnerCode", partner.Code);
        HttpContext.Session.SetString("PriceTier", partner.ContractTier);
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
