using System.Text.RegularExpressions;

var app = WebApplication.Create(args);
var titles = new[] { "Intro to C#", "Async in depth", "Span<T> tips" };

app.MapGet("/search", (string q) => titles.Where(t => Regex.IsMatch(t, q)).ToArray());

app.Run();
