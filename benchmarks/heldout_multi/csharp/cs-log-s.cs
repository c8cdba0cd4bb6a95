using Microsoft.AspNetCore.Mvc;

public class SearchController : Controller
{
    private readonly ILogger<SearchController> _log;
    public SearchController(ILogger<SearchController> log) { _log = log; }

    [HttpGet("search")]
    public IActionResult Search(string term)
    {
        _log.LogWarning("No results for {Term}", term.Replace("\r", "").Replace("\n", ""));
        return NotFound();
    }
}
