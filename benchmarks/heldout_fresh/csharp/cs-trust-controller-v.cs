using Microsoft.AspNetCore.Mvc;

public class ImpersonationController : Controller
{
    [HttpPost]
    public IActionResult Begin([FromForm] string targetUser, [FromForm] string reason)
    {
        if (User.Identity?.IsAuthenticated != true) return Challenge();
        HttpContext.Session.SetString("ActingAs", targetUser);
        HttpContext.Session.SetString("ActingReason", reason ?? "");
        return RedirectToAction("Index", "Home");
    }
}
