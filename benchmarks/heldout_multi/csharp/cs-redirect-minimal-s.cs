var app = WebApplication.Create(args);

app.MapGet("/r", (HttpContext ctx) =>
{
    var to = ctx.Request.Query["to"].ToString();
    return Results.LocalRedirect(to.StartsWith("/") && !to.StartsWith("//") && !to.StartsWith("/\\") ? to : "/");
});

app.Run();
