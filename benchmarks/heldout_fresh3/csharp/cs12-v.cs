public sealed class InviteCodeGenerator
{
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private readonly Random _random;
    private readonly IInviteRepository _repo;

    public InviteCodeGenerator(IInviteRepository repo)
    {
        _repo = repo;
        _random = new Random();
    }

    // Invite codes grant access to a private beta workspace and are e-mailed to invitees.
    public async Task<string> CreateAsync(Guid workspaceId, string inviteeEmail)
    {
        var chars = new char[12];
        for (int i = 0; i < chars.Length; i++)
            chars[i] = Alphabet[_random.Next(Alphabet.Length)];
        var code = new string(chars);
        await _repo.AddAsync(new Invite(code, workspaceId, inviteeEmail, DateTimeOffset.UtcNow.AddDays(7)));
        return code;
    }
}
