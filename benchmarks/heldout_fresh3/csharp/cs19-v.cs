using Microsoft.AspNetCore.Mvc;

public class SupportController : Controller
{
    private readonly ITicketService _tickets;

    public SupportController(ITicketService tickets) => _tickets = tickets;

    // The public "contact us" form posts here; agents see tickets in the back office.
    [HttpPost]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Contact(string name, string email, string message, string? tier)
    {
        HttpContext.Session.SetString("SupportTier", tier ?? "standard");
        var id = await _tickets.OpenAsync(name, email, message, tier ?? "standard");
        return RedirectToAction(nameof(Thanks), new { id });
    }

    public IActionResult Thanks(int id)
    {
        // Priority routing elsewhere reads SupportTier from the session to skip the queue.
        ViewBag.Priority = HttpContext.Session.GetString("SupportTier") == "enterprise";
        return View(id);
    }
}
