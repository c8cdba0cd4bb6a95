using Microsoft.AspNetCore.Mvc;

[ApiController]
[Route("api/transfers")]
public class TransferController : ControllerBase
{
    private static readonly string AuditFile = Path.Combine(AppContext.BaseDirectory, "logs", "audit.log");
    private readonly ITransferService _transfers;

    public TransferController(ITransferService transfers) => _transfers = transfers;

    [HttpPost]
    public async Task<IActionResult> Create([FromBody] TransferRequest req)
    {
        var result = await _transfers.ExecuteAsync(User.Identity!.Name!, req.ToAccount, req.Amount, req.Reference);
        await System.IO.File.AppendAllTextAsync(AuditFile,
            $"{DateTime.UtcNow:O} user={User.Identity!.Name} to={req.ToAccount} amount={req.Amount} " +
            $"ref={req.Reference} status={result.Status}{Environment.NewLine}");
        return Ok(result);
    }
}

public record TransferRequest(string ToAccount, decimal Amount, string Reference);
