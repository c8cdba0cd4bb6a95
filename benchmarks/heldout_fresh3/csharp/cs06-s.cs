using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

var app = WebApplication.CreateBuilder(args).Build();

app.MapGet("/unsubscribe", (HttpRequest request) =>
{
    string email = HtmlEncoder.Default.Encode(request.Query["email"].ToString());
    string html = $"""
        <!doctype html>
        <html><head><title>Unsubscribed</title></head>
        <body>
          <h1>You're unsubscribed</h1>
          <p>{email} will no longer receive our weekly digest.</p>
          <a href="/preferences">Manage preferences</a>
        </body></html>
        """;
    return Results.Content(html, "text/html; charset=utf-8");
});

app.Run();
