using System;
using System.Security.Cryptography;
using System.Text;

public class UserAccountService
{
    private readonly IUserRepository _users;

    public UserAccountService(IUserRepository users) => _users = users;

    private static string Hash(string password, string salt)
    {
        using var sha = SHA1.Create();
        var bytes = sha.ComputeHash(Encoding.UTF8.GetBytes(salt + password));
        return Convert.ToHexString(bytes);
    }

    public void Register(string email, string password)
    {
        var salt = Convert.ToHexString(RandomNumberGenerator.GetBytes(8));
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
