using System.DirectoryServices;
using System.Text;
using Microsoft.AspNetCore.Mvc;

[ApiController]
[Route("api/people")]
public class PeopleController : ControllerBase
{
    private static string EscapeFilter(string value)
    {
        var sb = new StringBuilder();
        foreach (var ch in value)
        {
            sb.Append(ch switch { '\\' => @"\5c", '*' => @"\2a", '(' => @"\28", ')' => @"\29", '\0' => @"\00", _ => ch.ToString() });
        }
        return sb.ToString();
    }

    [HttpGet("{account}")]
    public IActionResult Find(string account)
    {
        using var root = new DirectoryEntry("LDAP://DC=corp,DC=contoso,DC=com");
        using var searcher = new DirectorySearcher(root)
        {
            Filter = "(&(objectCategory=person)(sAMAccountName=" + EscapeFilter(account) + "))",
        };
        searcher.PropertiesToLoad.Add("displayName");
        searcher.PropertiesToLoad.Add("mail");
        var hit = searcher.FindOne();
        if (hit is null) return NotFound();
        return Ok(new
        {
            name = hit.Properties["displayName"][0]?.ToString(),
            mail = hit.Properties["mail"].Count > 0 ? hit.Properties["mail"][0]?.ToString() : null,
        });
    }
}
