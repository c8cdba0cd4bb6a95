using Microsoft.Data.SqlClient;

// Small admin CLI: prints the number of pending jobs per queue from the scheduler database.
public static class QueueStats
{
    public static void Main(string[] args)
    {
        string queue = args.Length > 0 ? args[0] : "default";
        var csb = new SqlConnectionStringBuilder
        {
            DataSource = "sched-db.internal,1433",
            InitialCatalog = "Scheduler",
            UserID = Environment.GetEnvironmentVariable("SCHED_DB_USER") ?? "sched_reader",
            Password = Environment.GetEnvironmentVariable("SCHED_DB_PASSWORD")
                       ?? throw new InvalidOperationException("SCHED_DB_PASSWORD is not set"),
            Encrypt = SqlConnectionEncryptOption.Mandatory,
        };
        using var conn = new SqlConnection(csb.ConnectionString);
        conn.Open();
        using var cmd = new SqlCommand("SELECT COUNT(*) FROM Jobs WHERE Queue = @q AND State = 'Pending'", conn);
        cmd.Parameters.AddWithValue("@q", queue);
        int pending = (int)cmd.ExecuteScalar();
        Console.WriteLine($"{queue}: {pending} pending");
    }
}
