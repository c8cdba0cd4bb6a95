using System.Text.RegularExpressions;
using System.Xml.XPath;
using Microsoft.AspNetCore.Mvc;

[ApiController]
[Route("api/licenses")]
public partial class LicenseCheckController : ControllerBase
{
    private static readonly XPathDocument Licenses = new("App_Data/licenses.xml");

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex SafeToken();

    [HttpGet("check")]
    public IActionResult Check([FromQuery] string customer, [FromQuery] string key)
    {
        if (!SafeToken().IsMatch(customer) || !SafeToken().IsMatch(key))
            return BadRequest(new { error = "invalid customer or key format" });
        XPathNavigator nav = Licenses.CreateNavigator();
        string query = $"/licenses/license[customer='{customer}' and key='{key}' and @revoked='false']";
        XPathNavigator? match = nav.SelectSingleNode(query);
        if (match is null)
            return Ok(new { valid = false });
        return Ok(new
        {
            valid = true,
            seats = match.SelectSingleNode("seats")?.ValueAsInt ?? 0,
            edition = match.SelectSingleNode("edition")?.Value,
        });
    }
}
