var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

app.Use(async (context, next) =>
{
    try
    {
        await next(context);
    }
    catch (Exception ex)
    {
        var logger = context.RequestServices.GetRequiredService<ILogger<Program>>();
        logger.LogError(ex, "Unhandled error for {Path} ({TraceId})", context.Request.Path, context.TraceIdentifier);
        context.Response.StatusCode = 500;
        context.Response.ContentType = "text/plain";
        await context.Response.WriteAsync("Request failed. Trace id: " + context.TraceIdentifier);
    }
});

app.MapGet("/invoices/{id:int}", (int id, IInvoiceService svc) => Results.Ok(svc.Get(id)));

app.Run();
