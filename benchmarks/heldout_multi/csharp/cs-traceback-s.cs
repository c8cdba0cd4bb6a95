var app = WebApplication.Create(args);

app.Use(async (ctx, next) =>
{
    try { await next(); }
    catch (Exception ex)
    {
        app.Logger.LogError(ex, "unhandled");
        ctx.Response.StatusCode = 500;
        await ctx.Response.WriteAsJsonAsync(new { error = "internal error" });
    }
});
app.MapGet("/", () => "ok");
app.Run();
