using System.DirectoryServices;
using Microsoft.AspNetCore.Mvc;

public class DirectoryController : Controller
{
    [HttpGet("dept")]
    public IActionResult Department(string account)
    {
        using var root = new DirectoryEntry("LDAP://dc=corp,dc=local");
        using var searcher = new DirectorySearcher(root) { Filter = "(sAMAccountName=" + account + ")" };
        var result = searcher.FindOne();
        return Ok(result?.Properties["department"]?[0]);
    }
}
