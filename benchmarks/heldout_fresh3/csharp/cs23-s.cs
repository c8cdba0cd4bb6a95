using Microsoft.AspNetCore.Mvc;

[ApiController]
[Route("api/transfers")]
public class TransferController : ControllerBase
{
    private static readonly string AuditFile = Path.Combine(AppContext.BaseDirectory, "logs", "audit.log");
    private readonly ITransferService _transfers;

    public TransferController(ITransferService transfers) => _transfers = transfers;

    private static string Clean(string? s) =>
        s is null ? "-" : new string(s.Select(c => char.IsControl(c) || c is '\u2028' or '\u2029' ? '?' : c).ToArray());

    [HttpPost]
    public async Task<IActionResult> Create([FromBody] TransferRequest req)
    {
        var result = await _transfers.ExecuteAsync(User.Identity!.Name!, req.ToAccount, req.Amount, req.Reference);
        await System.IO.File.AppendAllTextAsync(AuditFile,
            $"{DateTime.UtcNow:O} user={Clean(User.Identity!.Name)} to={Clean(req.ToAccount)} amount={req.Amount} " +
            $"ref={Clean(req.Reference)} status={result.Status}{Environment.NewLine}");
        return Ok(result);
    }
}

public record TransferRequest(string ToAccount, decimal Amount, string Reference);
