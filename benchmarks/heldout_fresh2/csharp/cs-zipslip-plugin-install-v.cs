using System.IO;
using System.IO.Compression;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

[ApiController]
[Route("admin/plugins")]
public class PluginInstallController : ControllerBase
{
    private const string PluginRoot = "/var/lib/cms/plugins";

    [HttpPost]
    public async Task<IActionResult> Install(IFormFile package)
    {
        var target = Path.Combine(PluginRoot, Path.GetFileNameWithoutExtension(package.FileName));
        Directory.CreateDirectory(target);
        await using var stream = package.OpenReadStream();
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
        foreach (var entry in zip.Entries)
        {
            var destination = Path.Combine(target, entry.FullName);
            if (entry.FullName.EndsWith("/"))
            {
                Directory.CreateDirectory(destination);
                continue;
            }
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            entry.ExtractToFile(destination, overwrite: true);
        }
        return Ok(new { installed = zip.Entries.Count });
    }
}
