using Microsoft.AspNetCore.Mvc;

public class SupportController : Controller
{
    private readonly ITicketService _tickets;
    private readonly IAccountService _accounts;

    public SupportController(ITicketService tickets, IAccountService accounts)
    {
        _tickets = tickets;
        _accounts = accounts;
    }

    // The public "contact us" form posts here; agents see tickets in the back office.
    [HttpPost]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Contact(string name, string email, string message, string? tier)
    {
        // The tier comes from the signed-in customer's account, never from the form.
        tier = User.Identity?.IsAuthenticated == true
            ? await _accounts.SupportTierForUserAsync(User.Identity.Name!) ?? "standard"
            : "standard";
        HttpContext.Session.SetString("SupportTier", tier);
        var id = await _tickets.OpenAsync(name, email, message, tier);
        return RedirectToAction(nameof(Thanks), new { id });
    }

    public IActionResult Thanks(int id)
    {
        // Priority routing elsewhere reads SupportTier from the session to skip the queue.
        ViewBag.Priority = HttpContext.Session.GetString("SupportTier") == "enterprise";
        return View(id);
    }
}
