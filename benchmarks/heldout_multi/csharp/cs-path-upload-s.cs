var app = WebApplication.Create(args);

app.MapPost("/upload", async (IFormFile file) =>
{
    var target = Path.Combine("uploads", Path.GetFileName(file.FileName));
    await using var stream = File.Create(target);
    await file.CopyToAsync(stream);
    return Results.Ok(target);
}).DisableAntiforgery();

app.Run();
