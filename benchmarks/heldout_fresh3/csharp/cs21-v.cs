using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;

[ApiController]
[Route("api/contacts")]
public class ContactSearchController : ControllerBase
{
    private readonly IContactRepository _contacts;

    public ContactSearchController(IContactRepository contacts) => _contacts = contacts;

    // Lets the CRM user type the beginning of a name and highlights matches.
    [HttpGet("suggest")]
    public async Task<IActionResult> Suggest([FromQuery] string prefix)
    {
        var matcher = new Regex("^" + prefix, RegexOptions.IgnoreCase);
        var all = await _contacts.AllNamesAsync();
        var hits = all.Where(n => matcher.IsMatch(n)).Take(15).ToList();
        return Ok(hits);
    }
}
