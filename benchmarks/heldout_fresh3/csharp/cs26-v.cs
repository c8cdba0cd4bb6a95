var builder = WebApplication.CreateBuilder(args);
builder.Services.AddScoped<IReportService, ReportService>();
var app = builder.Build();

app.MapGet("/reports/{id:int}", async (int id, IReportService reports) =>
{
    try
    {
        var report = await reports.RenderAsync(id);
        return Results.File(report.Content, "application/pdf", report.FileName);
    }
    catch (Exception ex)
    {
        return Results.Problem(
            title: "Report generation failed",
            detail: ex.ToString(),
            statusCode: StatusCodes.Status500InternalServerError);
    }
});

app.Run();
