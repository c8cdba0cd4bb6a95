using System.Net;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.RazorPages;

public class NoticeModel : PageModel
{
    public IHtmlContent Message { get; private set; } = HtmlString.Empty;

    public void OnGet(string msg)
    {
        Message = new HtmlString("<div class=\"notice\">" + WebUtility.HtmlEncode(msg) + "</div>");
    }
}
