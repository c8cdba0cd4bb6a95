using System;
using System.Security.Cryptography;
using System.Text;

/// Encrypts card holder notes before they are written to the Notes column.
public sealed class NoteProtector
{
    private readonly byte[] _key;

    public NoteProtector(byte[] key32) => _key = key32;

    public string Protect(string plaintext)
    {
        using var aes = new AesGcm(_key, 16);
        var nonce = RandomNumberGenerator.GetBytes(12);
        var data = Encoding.UTF8.GetBytes(plaintext);
        var cipher = new byte[data.Length];
        var tag = new byte[16];
        aes.Encrypt(nonce, data, cipher, tag);
        return Convert.ToBase64String(nonce) + "." + Convert.ToBase64String(cipher) + "." + Convert.ToBase64String(tag);
    }

    public string Unprotect(string stored)
    {
        var parts = stored.Split('.');
        var nonce = Convert.FromBase64String(parts[0]);
        var cipher = Convert.FromBase64String(parts[1]);
        var tag = Convert.FromBase64String(parts[2]);
        var plain = new byte[cipher.Length];
        using var aes = new AesGcm(_key, 16);
        aes.Decrypt(nonce, cipher, tag, plain);
        return Encoding.UTF8.GetString(plain);
    }
}
