using System.IO.Compression;

public static class PluginPackage
{
    // Extracts a plugin bundle uploaded through the admin console into plugins/<id>/.
    public static IReadOnlyList<string> Extract(Stream upload, string pluginsRoot, Guid pluginId)
    {
        string destination = Path.Combine(pluginsRoot, pluginId.ToString("N"));
        Directory.CreateDirectory(destination);
        var written = new List<string>();
        using var archive = new ZipArchive(upload, ZipArchiveMode.Read);
        foreach (ZipArchiveEntry entry in archive.Entries)
        {
            string outPath = Path.Combine(destination, entry.FullName);
            if (entry.FullName.EndsWith('/'))
            {
                Directory.CreateDirectory(outPath);
                continue;
            }
            Directory.CreateDirectory(Path.GetDirectoryName(outPath)!);
            entry.ExtractToFile(outPath, overwrite: true);
            written.Add(outPath);
        }
        return written;
    }
}
