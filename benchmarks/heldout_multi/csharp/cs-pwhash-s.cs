using System.Security.Cryptography;
using System.Text;

public class UserService
{
    public string HashPassword(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, 210_000, HashAlgorithmName.SHA512, 32);
        return Convert.ToHexString(salt) + ":" + Convert.ToHexString(hash);
    }
}
