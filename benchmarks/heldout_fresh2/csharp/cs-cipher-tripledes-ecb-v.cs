using System;
using System.Security.Cryptography;
using System.Text;

/// Encrypts card holder notes before they are written to the Notes column.
public sealed class NoteProtector
{
    private readonly byte[] _key;

    public NoteProtector(byte[] key24) => _key = key24;

    public string Protect(string plaintext)
    {
        using var tdes = TripleDES.Create();
        tdes.Key = _key;
        tdes.Mode = CipherMode.ECB;
        tdes.Padding = PaddingMode.PKCS7;
        using var enc = tdes.CreateEncryptor();
        var data = Encoding.UTF8.GetBytes(plaintext);
        return Convert.ToBase64String(enc.TransformFinalBlock(data, 0, data.Length));
    }

    public string Unprotect(string stored)
    {
        using var tdes = TripleDES.Create();
        tdes.Key = _key;
        tdes.Mode = CipherMode.ECB;
        using var dec = tdes.CreateDecryptor();
        var data = Convert.FromBase64String(stored);
        return Encoding.UTF8.GetString(dec.TransformFinalBlock(data, 0, data.Length));
    }
}
