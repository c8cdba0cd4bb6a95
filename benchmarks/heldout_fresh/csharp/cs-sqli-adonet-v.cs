using System.Collections.Generic;
using Microsoft.Data.SqlClient;

public class TicketRepository
{
    private readonly string _connectionString;

    public TicketRepository(string connectionString) => _connectionString = connectionString;

    public List<string> SearchTitles(string keyword)
    {
        var titles = new List<string>();
        using var conn = new SqlConnection(_connectionString);
        conn.Open();
        var sql = "SELECT Title FROM Tickets WHERE Title LIKE '%" + keyword + "%' ORDER BY CreatedAt DESC";
        using var cmd = new SqlCommand(sql, conn);
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            titles.Add(reader.GetString(0));
        }
        return titles;
    }
}
