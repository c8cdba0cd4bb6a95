using Dapper;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

[ApiController]
[Route("api/[controller]")]
public class TicketsController : ControllerBase
{
    private readonly NpgsqlDataSource _db;

    public TicketsController(NpgsqlDataSource db) => _db = db;

    public record TicketRow(int Id, string Title, string Status, DateTime OpenedAt);

    [HttpGet("by-status")]
    public async Task<IEnumerable<TicketRow>> ByStatus([FromQuery] string status, [FromQuery] int projectId)
    {
        await using var conn = await _db.OpenConnectionAsync();
        var sql = "SELECT id, title, status, opened_at AS OpenedAt FROM tickets " +
                  "WHERE project_id = @projectId AND status = @status ORDER BY opened_at DESC";
        return await conn.QueryAsync<TicketRow>(sql, new { projectId, status });
    }
}
