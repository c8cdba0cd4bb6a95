using System.Security.Cryptography;
using System.Text;

public sealed class LegacyPortalPasswords
{
    private const int Iterations = 600_000;
    private readonly IUserStore _users;

    public LegacyPortalPasswords(IUserStore users) => _users = users;

    public async Task RegisterAsync(string username, string password)
    {
        byte[] salt = RandomNumberGenerator.GetBytes(16);
        await _users.CreateAsync(username, Convert.ToBase64String(salt), Hash(password, salt));
    }

    public async Task<bool> VerifyAsync(string username, string password)
    {
        var user = await _users.FindAsync(username);
        if (user is null) return false;
        byte[] expected = Convert.FromBase64String(user.PasswordHash);
        return CryptographicOperations.FixedTimeEquals(expected, Convert.FromBase64String(
            Hash(password, Convert.FromBase64String(user.Salt))));
    }

    private static string Hash(string password, byte[] salt)
    {
        byte[] derived = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, Iterations,
            HashAlgorithmName.SHA256, 32);
        return Convert.ToBase64String(derived);
    }
}
