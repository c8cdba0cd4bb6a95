using System.Security.Cryptography;
using System.Text;

public sealed class BackupEncryptor
{
    private readonly byte[] _key;

    public BackupEncryptor(byte[] key32) => _key = key32;

    public byte[] Encrypt(string manifestJson)
    {
        var plain = Encoding.UTF8.GetBytes(manifestJson);
        var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
        var tag = new byte[AesGcm.TagByteSizes.MaxSize];
        var cipher = new byte[plain.Length];
        using var aes = new AesGcm(_key, tag.Length);
        aes.Encrypt(nonce, plain, cipher, tag);
        return [.. nonce, .. tag, .. cipher];
    }
}
