using System.DirectoryServices;
using System.Text;
using Microsoft.AspNetCore.Mvc;

public class DirectoryController : Controller
{
    static string Escape(string s)
    {
        var sb = new StringBuilder();
        foreach (var c in s)
            sb.Append(c switch { '\\' => "\\5c", '*' => "\\2a", '(' => "\\28", ')' => "\\29", '\0' => "\\00", _ => c.ToString() });
        return sb.ToString();
    }

    [HttpGet("dept")]
    public IActionResult Department(string account)
    {
        using var root = new DirectoryEntry("LDAP://dc=corp,dc=local");
        using var searcher = new DirectorySearcher(root) { Filter = "(sAMAccountName=" + Escape(account) + ")" };
        var result = searcher.FindOne();
        return Ok(result?.Properties["department"]?[0]);
    }
}
