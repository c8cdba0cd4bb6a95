using System.Data;
using Microsoft.Data.SqlClient;

public class LeaderboardRepository
{
    private static readonly Dictionary<string, string> Columns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["wins"] = "wins", ["kills"] = "kills", ["score"] = "score",
    };

    private readonly string _connectionString;

    public LeaderboardRepository(string connectionString) => _connectionString = connectionString;

    // metric comes from the ?metric= query string of the leaderboard page (wins, kills, score)
    public DataTable Top(string metric, int season)
    {
        if (!Columns.TryGetValue(metric, out var column)) column = "score";
        using var conn = new SqlConnection(_connectionString);
        using var cmd = conn.CreateCommand();
        cmd.CommandText = $"SELECT TOP 20 player_name, {column} FROM season_stats " +
                          "WHERE season = @season ORDER BY " + column + " DESC";
        cmd.Parameters.Add("@season", SqlDbType.Int).Value = season;
        conn.Open();
        var table = new DataTable();
        using var reader = cmd.ExecuteReader();
        table.Load(reader);
        return table;
    }
}
