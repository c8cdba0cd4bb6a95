using System.Security.Cryptography;

public class ResetTokenService
{
    public string Create()
    {
        var bytes = RandomNumberGenerator.GetBytes(32);
        return Convert.ToBase64String(bytes);
    }
}
