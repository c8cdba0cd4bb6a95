using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

public class ApiKeyFilter : IActionFilter
{
    private readonly byte[] _key = Encoding.UTF8.GetBytes(Environment.GetEnvironmentVariable("API_KEY") ?? "");

    public void OnActionExecuting(ActionExecutingContext ctx)
    {
        var given = Encoding.UTF8.GetBytes(ctx.HttpContext.Request.Headers["X-Api-Key"].ToString());
        if (!CryptographicOperations.FixedTimeEquals(given, _key)) ctx.Result = new UnauthorizedResult();
    }

    public void OnActionExecuted(ActionExecutedContext ctx) { }
}
