using System.DirectoryServices;
using Microsoft.AspNetCore.Mvc;

[ApiController]
[Route("api/people")]
public class PeopleController : ControllerBase
{
    [HttpGet("{account}")]
    public IActionResult Find(string account)
    {
        using var root = new DirectoryEntry("LDAP://DC=corp,DC=contoso,DC=com");
        using var searcher = new DirectorySearcher(root)
        {
            Filter = "(&(objectCategory=person)(sAMAccountName=" + account + "))",
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
