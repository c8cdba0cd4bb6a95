var builder = WebApplication.CreateBuilder(args);
builder.Services.AddScoped<IReportService, ReportService>();
var app = builder.Build();

app.MapGet("/reports/{id:int}", async (int id, IReportService reports, ILogger<Program> log) =>
{
    try
    {
        var report = await reports.RenderAsync(id);
        return Results.File(report.Content, "application/pdf", report.FileName);
    }
    catch (Exception ex)
    {
        log.LogError(ex, "Report {ReportId} generation failed: {Detail}", id, ex.ToString());
        return Results.Problem(
            title: "Report generation failed",
            detail: "An internal error occurred. Please try again later.",
            statusCode: StatusCodes.Status500InternalServerError);
    }
});

app.Run();
