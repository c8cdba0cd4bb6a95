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
        context.Response.StatusCode = 500;
        context.Response.ContentType = "text/plain";
        await context.Response.WriteAsync("Request failed: " + ex.ToString());
    }
});

app.MapGet("/invoices/{id:int}", (int id, IInvoiceService svc) => Results.Ok(svc.Get(id)));

app.Run();
