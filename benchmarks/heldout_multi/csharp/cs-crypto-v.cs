using System.Security.Cryptography;
using System.Text;

public static class Protector
{
    public static byte[] Encrypt(string text, byte[] key)
    {
        using var des = TripleDES.Create();
        des.Key = key;
        des.Mode = CipherMode.ECB;
        var data = Encoding.UTF8.GetBytes(text);
        return des.CreateEncryptor().TransformFinalBlock(data, 0, data.Length);
    }
}
