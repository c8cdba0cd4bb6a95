using Microsoft.AspNetCore.Mvc;
using Microsoft.Data.Sqlite;

public class TicketQuery
{
    private readonly string _status;
    public TicketQuery(string status) { _status = status; }

    public SqliteCommand Build(SqliteConnection conn)
    {
        var cmd = new SqliteCommand("SELECT id, title FROM tickets WHERE status = $status", conn);
        cmd.Parameters.AddWithValue("$status", _status);
        return cmd;
    }
}

public class TicketsController : Controller
{
    [HttpGet("tickets")]
    public IActionResult List(string status)
    {
        using var conn = new SqliteConnection("Data Source=tickets.db");
        conn.Open();
        using var reader = new TicketQuery(status).Build(conn).ExecuteReader();
        var ids = new List<long>();
        while (reader.Read()) ids.Add(reader.GetInt64(0));
        return Ok(ids);
    }
}
