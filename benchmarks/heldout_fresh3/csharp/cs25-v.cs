using System.Security.Cryptography;
using System.Text;

// Encrypts the patient notes column before it is written to the clinic database.
public sealed class NotesProtector
{
    private readonly byte[] _key; // 24 bytes, loaded from the key vault at startup
    private readonly byte[] _iv;

    public NotesProtector(byte[] key, byte[] iv)
    {
        _key = key;
        _iv = iv;
    }

    public byte[] Protect(string plaintext)
    {
        using var tdes = TripleDES.Create();
        tdes.Key = _key;
        return tdes.EncryptCbc(Encoding.UTF8.GetBytes(plaintext), _iv);
    }

    public string Unprotect(byte[] ciphertext)
    {
        using var tdes = TripleDES.Create();
        tdes.Key = _key;
        return Encoding.UTF8.GetString(tdes.DecryptCbc(ciphertext, _iv));
    }
}
