using System.Collections.Generic;
using System.Data;
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
        const string sql = "SELECT Title FROM Tickets WHERE Title LIKE '%' + @kw + '%' ORDER BY CreatedAt DESC";
        using var cmd = new SqlCommand(sql, conn);
        cmd.Parameters.Add("@kw", SqlDbType.NVarChar, 200).Value = keyword;
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            titles.Add(reader.GetString(0));
        }
        return titles;
    }
}
