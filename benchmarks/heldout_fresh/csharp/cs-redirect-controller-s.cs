using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;

public class AccountController : Controller
{
    private readonly IUserService _users;

    public AccountController(IUserService users) => _users = users;

    [HttpPost]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Login(string email, string password, string returnUrl = "/")
    {
        var principal = await _users.SignInAsync(email, password);
        if (principal is null)
        {
            ModelState.AddModelError("", "Invalid login");
            return View();
        }
        await HttpContext.SignInAsync(principal);
        if (!Url.IsLocalUrl(returnUrl))
        {
            returnUrl = "/";
        }
        return Redirect(returnUrl);
    }
}
