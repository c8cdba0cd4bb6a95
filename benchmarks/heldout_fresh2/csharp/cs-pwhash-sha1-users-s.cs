using System;
using System.Security.Cryptography;
using System.Text;

public class UserAccountService
{
    private const int Iterations = 600_000;
    private readonly IUserRepository _users;

    public UserAccountService(IUserRepository users) => _users = users;

    private static string Hash(string password, string salt)
    {
        var bytes = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), Convert.FromHexString(salt),
                                              Iterations, HashAlgorithmName.SHA256, 32);
        return Convert.ToHexString(bytes);
    }

    public void Register(string email, string password)
    {
        var salt = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        _users.Insert(email, salt, Hash(password, salt));
    }

    public bool CheckLogin(string email, string password)
    {
        var user = _users.FindByEmail(email);
        if (user is null) return false;
        var candidate = Encoding.ASCII.GetBytes(Hash(password, user.Salt));
        return CryptographicOperations.FixedTimeEquals(candidate, Encoding.ASCII.GetBytes(user.PasswordHash));
    }
}
