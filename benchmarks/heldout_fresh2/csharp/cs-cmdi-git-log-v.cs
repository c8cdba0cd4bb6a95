using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

var app = WebApplication.CreateBuilder(args).Build();

string RunShell(string command)
{
    var psi = new ProcessStartInfo("/bin/sh", new[] { "-c", command })
    {
        RedirectStandardOutput = true,
        WorkingDirectory = "/srv/repos/website",
    };
    using var p = Process.Start(psi)!;
    var output = p.StandardOutput.ReadToEnd();
    p.WaitForExit();
    return output;
}

app.MapGet("/deploy/history", (string? branch) =>
{
    var b = branch ?? "main";
    return Results.Text(RunShell($"git log --oneline -n 20 {b}"));
});

app.Run();
