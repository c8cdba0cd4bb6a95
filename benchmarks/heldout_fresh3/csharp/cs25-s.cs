using System.Security.Cryptography;
using System.Text;

// Encrypts the patient notes column before it is written to the clinic database.
public sealed class NotesProtector
{
    private readonly byte[] _key; // 32 bytes, loaded from the key vault at startup

    public NotesProtector(byte[] key)
    {
        _key = key;
    }

    public byte[] Protect(string plaintext)
    {
        byte[] pt = Encoding.UTF8.GetBytes(plaintext);
        byte[] nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
        byte[] tag = new byte[AesGcm.TagByteSizes.MaxSize];
        byte[] ct = new byte[pt.Length];
        using var aes = new AesGcm(_key, tag.Length);
        aes.Encrypt(nonce, pt, ct, tag);
        return nonce.Concat(tag).Concat(ct).ToArray();
    }

    public string Unprotect(byte[] blob)
    {
        var nonce = blob.AsSpan(0, 12);
        var tag = blob.AsSpan(12, 16);
        var ct = blob.AsSpan(28);
        byte[] pt = new byte[ct.Length];
        using var aes = new AesGcm(_key, 16);
        aes.Decrypt(nonce, ct, tag, pt);
        return Encoding.UTF8.GetString(pt);
    }
}
