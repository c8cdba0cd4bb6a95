using System.Diagnostics;

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

app.MapGet("/diag/trace", async (string host) =>
{
    var psi = new ProcessStartInfo("/bin/bash", $"-c \"traceroute -m 15 {host}\"")
    {
        RedirectStandardOutput = true,
        UseShellExecute = false,
    };
    using var proc = Process.Start(psi)!;
    var output = await proc.StandardOutput.ReadToEndAsync();
    await proc.WaitForExitAsync();
    return Results.Text(output);
});

app.Run();
