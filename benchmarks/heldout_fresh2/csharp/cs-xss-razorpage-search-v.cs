using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

public class SearchModel : PageModel
{
    private readonly ICatalog _catalog;

    public SearchModel(ICatalog catalog) => _catalog = catalog;

    // Handler for /Search?handler=Suggest&q=... called by the search box with fetch().
    public IActionResult OnGetSuggest(string q)
    {
        var hits = _catalog.Suggest(q, 8);
        if (hits.Count == 0)
        {
            return Content($"<li class=\"empty\">No products match <em>{q}</em></li>", "text/html");
        }
        var html = new System.Text.StringBuilder();
        foreach (var h in hits)
        {
            html.Append("<li><a href=\"/p/").Append(h.Id).Append("\">")
                .Append(System.Net.WebUtility.HtmlEncode(h.Name)).Append("</a></li>");
        }
        return Content(html.ToString(), "text/html");
    }
}
