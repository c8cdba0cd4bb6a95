using System.Xml.XPath;
using Microsoft.AspNetCore.Mvc;

[ApiController]
[Route("api/licenses")]
public class LicenseCheckController : ControllerBase
{
    private static readonly XPathDocument Licenses = new("App_Data/licenses.xml");

    [HttpGet("check")]
    public IActionResult Check([FromQuery] string customer, [FromQuery] string key)
    {
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
