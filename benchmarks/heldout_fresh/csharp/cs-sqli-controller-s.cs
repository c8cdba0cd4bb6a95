using Microsoft.AspNetCore.Mvc;
using Microsoft.Data.SqlClient;

[ApiController]
[Route("api/reports")]
public class ReportsController : ControllerBase
{
    private static readonly Dictionary<string, string> Buckets = new()
    {
        ["month"] = "Month", ["quarter"] = "Quarter", ["year"] = "Year",
    };
    private readonly SqlConnection _db;

    public ReportsController(SqlConnection db) => _db = db;

    [HttpGet("sales")]
    public async Task<IActionResult> Sales([FromQuery] string region, [FromQuery] string groupBy = "month")
    {
        if (!Buckets.TryGetValue(groupBy.ToLowerInvariant(), out var column)) return BadRequest();
        await _db.OpenAsync();
        var sql = $"SELECT {column} AS Bucket, SUM(Amount) AS Total FROM Sales WHERE Region = @region GROUP BY {column}";
        await using var cmd = new SqlCommand(sql, _db);
        cmd.Parameters.AddWithValue("@region", region);
        var rows = new List<object>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(new { bucket = reader.GetValue(0), total = reader.GetDecimal(1) });
        }
        return Ok(rows);
    }
}
