using System.Security.Cryptography;
using System.Text;

public sealed class BackupEncryptor
{
    private readonly byte[] _key;

    public BackupEncryptor(byte[] key24) => _key = key24;

    public byte[] Encrypt(string manifestJson)
    {
        using var tdes = TripleDES.Create();
        tdes.Key = _key;
        tdes.Mode = CipherMode.ECB;
        tdes.Padding = PaddingMode.PKCS7;
        using var enc = tdes.CreateEncryptor();
        var plain = Encoding.UTF8.GetBytes(manifestJson);
        return enc.TransformFinalBlock(plain, 0, plain.Length);
    }
}
