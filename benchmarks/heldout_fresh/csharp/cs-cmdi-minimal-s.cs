using System.Diagnostics;
using System.Net;

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

app.MapGet("/diag/trace", async (string host) =>
{
    if (!IPAddress.TryParse(host, out var address)) return Results.BadRequest("IP address expected");
    var psi = new ProcessStartInfo("traceroute")
    {
        RedirectStandardOutput = true,
        UseShellExecute = false,
    };
    psi.ArgumentList.Add("-m");
    psi.ArgumentList.Add("15");
    psi.ArgumentList.Add(address.ToString());
    using var proc = Process.Start(psi)!;
    var output = await proc.StandardOutput.ReadToEndAsync();
    await proc.WaitForExitAsync();
    return Results.Text(output);
});

app.Run();
