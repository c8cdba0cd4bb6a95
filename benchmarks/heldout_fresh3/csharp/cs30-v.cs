using Microsoft.Data.SqlClient;

// Small admin CLI: prints the number of pending jobs per queue from the scheduler database.
public static class QueueStats
{
    private const string ConnectionString =
        "Server=sched-db.internal,1433;Database=Scheduler;User Id=sa;Password=;TrustServerCertificate=False;Encrypt=True";

    public static void Main(string[] args)
    {
        string queue = args.Length > 0 ? args[0] : "default";
        using var conn = new SqlConnection(ConnectionString);
        conn.Open();
        using var cmd = new SqlCommand("SELECT COUNT(*) FROM Jobs WHERE Queue = @q AND State = 'Pending'", conn);
        cmd.Parameters.AddWithValue("@q", queue);
        int pending = (int)cmd.ExecuteScalar();
        Console.WriteLine($"{queue}: {pending} pending");
    }
}
