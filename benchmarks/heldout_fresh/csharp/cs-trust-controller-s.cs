using Microsoft.AspNetCore.Mvc;

public class ImpersonationController : Controller
{
    private readonly ISupportPolicy _policy;

    public ImpersonationController(ISupportPolicy policy) => _policy = policy;

    [HttpPost]
    public IActionResult Begin([FromForm] string targetUser, [FromForm] string reason)
    {
        if (User.Identity?.IsAuthenticated != true) return Challenge();
        if (!User.IsInRole("Support") || !_policy.MayImpersonate(User.Identity!.Name!, targetUser)) return Forbid();
        HttpContext.Session.SetString("ActingAs", targetUser);
        HttpContext.Session.SetString("ActingReason", reason ?? "");
        return RedirectToAction("Index", "Home");
    }
}
