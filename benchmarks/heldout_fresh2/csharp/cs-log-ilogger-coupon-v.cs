using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

[ApiController]
[Route("api/checkout")]
public class CouponController : ControllerBase
{
    private readonly ILogger<CouponController> _log;
    private readonly ICouponService _coupons;

    public CouponController(ILogger<CouponController> log, ICouponService coupons)
    {
        _log = log;
        _coupons = coupons;
    }

    [HttpPost("coupon")]
    public IActionResult Apply([FromForm] string code, [FromForm] string cartId)
    {
        if (!_coupons.TryApply(cartId, code, out var discount))
        {
            _log.LogWarning("Rejected coupon " + code + " for cart " + cartId);
            return BadRequest(new { error = "invalid coupon" });
        }
        _log.LogInformation("Applied coupon " + code + " discount " + discount);
        return Ok(new { discount });
    }
}
