var app = WebApplication.Create(args);

app.Use(async (ctx, next) =>
{
    try { await next(); }
    catch (Exception ex)
    {
        ctx.Response.StatusCode = 500;
        await ctx.Response.WriteAsJsonAsync(new { error = ex.Message, stack = ex.StackTrace });
    }
});
app.MapGet("/", () => "ok");
app.Run();
