using System.Data;
using Microsoft.Data.SqlClient;

public class LeaderboardRepository
{
    private readonly string _connectionString;

    public LeaderboardRepository(string connectionString) => _connectionString = connectionString;

    // metric comes from the ?metric= query string of the leaderboard page (wins, kills, score)
    public DataTable Top(string metric, int season)
    {
        using var conn = new SqlConnection(_connectionString);
        using var cmd = conn.CreateCommand();
        cmd.CommandText = $"SELECT TOP 20 player_name, {metric} FROM season_stats " +
                          "WHERE season = @season ORDER BY " + metric + " DESC";
        cmd.Parameters.Add("@season", SqlDbType.Int).Value = season;
        conn.Open();
        var table = new DataTable();
        using var reader = cmd.ExecuteReader();
        table.Load(reader);
        return table;
    }
}
