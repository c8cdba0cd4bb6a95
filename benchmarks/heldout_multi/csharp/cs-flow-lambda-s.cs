var app = WebApplication.Create(args);
const string ReportDir = "/srv/reports";

string ResolveReport(string name) => Path.Combine(ReportDir, Path.GetFileName(name));

app.MapGet("/reports/{name}", (string name) => Results.File(ResolveReport(name), "application/pdf"));

app.Run();
