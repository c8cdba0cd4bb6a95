using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
var invoiceDir = Path.GetFullPath(builder.Configuration["Storage:InvoiceDir"] ?? "/var/app/invoices");

app.MapGet("/invoices/download", ([FromQuery(Name = "file")] string fileName) =>
{
    var fullPath = Path.GetFullPath(Path.Combine(invoiceDir, fileName));
    if (!fullPath.StartsWith(invoiceDir + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        return Results.NotFound();
    if (!File.Exists(fullPath))
        return Results.NotFound();
    return Results.File(fullPath, "application/pdf");
});

app.MapGet("/invoices", () =>
    Results.Ok(Directory.EnumerateFiles(invoiceDir, "*.pdf").Select(Path.GetFileName)));

app.Run();
