using Microsoft.AspNetCore.Mvc;

public class AccountController : Controller
{
    [HttpPost]
    public IActionResult Login(string user, string password, string returnUrl)
    {
        // ... sign-in happens here ...
        return Redirect(returnUrl);
    }
}
