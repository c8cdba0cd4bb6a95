var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

static string Banner(string message) =>
    $"<div class=\"banner\" role=\"status\">{message}</div>";

app.MapGet("/notice", (HttpRequest request) =>
{
    var msg = request.Query["msg"].ToString();
    var html = "<!DOCTYPE html><html><body>" + Banner(msg) + "<p>Continue to <a href=\"/\">home</a>.</p></body></html>";
    return Results.Content(html, "text/html");
});

app.Run();
