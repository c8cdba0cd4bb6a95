using System.Diagnostics;

// Console tool run by cron on a shared build host: dumps the tenant database and encrypts it.
public static class BackupJob
{
    public static async Task<int> Main(string[] args)
    {
        string tenant = args.Length > 0 ? args[0] : "default";
        if (!System.Text.RegularExpressions.Regex.IsMatch(tenant, "^[a-z0-9_]{1,40}$")) return 2;
        string dumpPath = Path.Combine(Path.GetTempPath(), "tenant-backup.sql");

        var dump = Process.Start(new ProcessStartInfo("pg_dump")
        {
            ArgumentList = { "--dbname", $"tenant_{tenant}", "--file", dumpPath },
            UseShellExecute = false,
        })!;
        await dump.WaitForExitAsync();
        if (dump.ExitCode != 0) return dump.ExitCode;

        var gpg = Process.Start(new ProcessStartInfo("gpg")
        {
            ArgumentList = { "--batch", "--yes", "--encrypt", "--recipient", "backups@corp.example",
                             "--output", $"/backups/{DateTime.UtcNow:yyyyMMdd}-{tenant}.sql.gpg", dumpPath },
            UseShellExecute = false,
        })!;
        await gpg.WaitForExitAsync();
        File.Delete(dumpPath);
        return gpg.ExitCode;
    }
}
