using System;
using System.Security.Cryptography;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;

[ApiController]
[Route("api/teams/{teamId:int}/invites")]
public class InviteController : ControllerBase
{
    private const string Chars = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private readonly IInviteStore _store;

    public InviteController(IInviteStore store) => _store = store;

    private static string NewCode(int len)
    {
        var buf = new char[len];
        for (var i = 0; i < len; i++) buf[i] = Chars[RandomNumberGenerator.GetInt32(Chars.Length)];
        return new string(buf);
    }

    [HttpPost]
    public async Task<IActionResult> Create(int teamId)
    {
        var code = NewCode(12);
        await _store.SaveAsync(teamId, code, DateTimeOffset.UtcNow.AddDays(7));
        return Ok(new { link = $"https://app.teamly.io/join/{code}" });
    }
}
