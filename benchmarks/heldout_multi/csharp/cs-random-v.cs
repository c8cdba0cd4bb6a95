public class ResetTokenService
{
    private readonly Random _random = new Random();

    public string Create()
    {
        var bytes = new byte[32];
        _random.NextBytes(bytes);
        return Convert.ToBase64String(bytes);
    }
}
