using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

public class AccountController : Controller
{
    private readonly IUserService _users;

    public AccountController(IUserService users) => _users = users;

    [HttpPost]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> SignIn(string email, string password, string? returnUrl)
    {
        var principal = await _users.AuthenticateAsync(email, password);
        if (principal is null)
        {
            ModelState.AddModelError("", "Invalid email or password");
            return View();
        }
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        return Redirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : "/");
    }
}
