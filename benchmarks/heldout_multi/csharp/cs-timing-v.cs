using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

public class ApiKeyFilter : IActionFilter
{
    private readonly string _key = Environment.GetEnvironmentVariable("API_KEY") ?? "";

    public void OnActionExecuting(ActionExecutingContext ctx)
    {
        var given = ctx.HttpContext.Request.Headers["X-Api-Key"].ToString();
        if (given != _key) ctx.Result = new UnauthorizedResult();
    }

    public void OnActionExecuted(ActionExecutedContext ctx) { }
}
