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

    private static string ForLog(string? s) =>
        s is null ? "-" : s.Replace("\r", "\\r").Replace("\n", "\\n");

    [HttpPost("coupon")]
    public IActionResult Apply([FromForm] string code, [FromForm] string cartId)
    {
        if (!_coupons.TryApply(cartId, code, out var discount))
        {
            _log.LogWarning("Rejected coupon " + ForLog(code) + " for cart " + ForLog(cartId));
            return BadRequest(new { error = "invalid coupon" });
        }
        _log.LogInformation("Applied coupon " + ForLog(code) + " discount " + discount);
        return Ok(new { discount });
    }
}
