using System.Collections.Generic;
using System.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Data.SqlClient;
using Microsoft.Extensions.Configuration;

[ApiController]
[Route("api/tickets")]
public class TicketsController : ControllerBase
{
    private readonly string _connString;

    public TicketsController(IConfiguration config) => _connString = config.GetConnectionString("Helpdesk");

    [HttpGet("by-assignee")]
    public IActionResult ByAssignee([FromQuery] string assignee, [FromQuery] string state = "open")
    {
        var results = new List<object>();
        using var conn = new SqlConnection(_connString);
        conn.Open();
        const string sql = "SELECT Id, Title, Priority FROM Tickets WHERE Assignee = @assignee " +
                           "AND State = @state ORDER BY Priority DESC";
        using var cmd = new SqlCommand(sql, conn);
        cmd.Parameters.Add("@assignee", SqlDbType.NVarChar, 100).Value = assignee;
        cmd.Parameters.Add("@state", SqlDbType.NVarChar, 20).Value = state;
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            results.Add(new { Id = reader.GetInt32(0), Title = reader.GetString(1), Priority = reader.GetInt32(2) });
        }
        return Ok(results);
    }
}
