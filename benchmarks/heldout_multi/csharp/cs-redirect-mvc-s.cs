using Microsoft.AspNetCore.Mvc;

public class AccountController : Controller
{
    [HttpPost]
    public IActionResult Login(string user, string password, string returnUrl)
    {
        // ... sign-in happens here ...
        if (!Url.IsLocalUrl(returnUrl)) return RedirectToAction("Index", "Home");
        return Redirect(returnUrl);
    }
}
