using System.Security.Cryptography;
using System.Text;

public static class UserPasswords
{
    public static string Hash(string password, string username)
    {
        using var sha = SHA256.Create();
        var bytes = sha.ComputeHash(Encoding.UTF8.GetBytes(username.ToLowerInvariant() + ":" + password));
        return Convert.ToHexString(bytes);
    }

    public static bool Verify(string password, string username, string storedHash)
    {
        var actual = Convert.FromHexString(Hash(password, username));
        return CryptographicOperations.FixedTimeEquals(actual, Convert.FromHexString(storedHash));
    }
}
