using System.Collections.Generic;
using System.DirectoryServices;
using System.Text;
using Microsoft.AspNetCore.Mvc;

[ApiController]
[Route("api/directory")]
public class PhoneBookController : ControllerBase
{
    // RFC 4515 escaping for values placed inside an LDAP filter.
    private static string LdapEscape(string value)
    {
        var sb = new StringBuilder();
        foreach (var c in value)
        {
            if (c is '\\' or '*' or '(' or ')' or '\0' or '/') sb.Append('\\').Append(((int)c).ToString("x2"));
            else sb.Append(c);
        }
        return sb.ToString();
    }

    [HttpGet("phone")]
    public ActionResult<List<object>> Phone([FromQuery] string name)
    {
        using var root = new DirectoryEntry("LDAP://DC=corp,DC=contoso,DC=com");
        using var searcher = new DirectorySearcher(root)
        {
            Filter = $"(&(objectCategory=person)(objectClass=user)(displayName={LdapEscape(name)}*))",
            SizeLimit = 25,
        };
        searcher.PropertiesToLoad.AddRange(new[] { "displayName", "telephoneNumber" });
        var list = new List<object>();
        foreach (SearchResult r in searcher.FindAll())
        {
            list.Add(new
            {
                name = r.Properties["displayName"].Count > 0 ? r.Properties["displayName"][0] : null,
                phone = r.Properties["telephoneNumber"].Count > 0 ? r.Properties["telephoneNumber"][0] : null,
            });
        }
        return list;
    }
}
