#include <openssl/evp.h>
#include <openssl/rand.h>

/* out needs len + 28 bytes (iv | ciphertext | tag); returns bytes written or -1 */
int seal_blob(const unsigned char key[32], const unsigned char *in, int len,
              unsigned char *out)
{
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int n = 0, total = 0;
    if (!ctx)
        return -1;
    if (RAND_bytes(out, 12) != 1)
        goto err;
    if (EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, key, out) != 1)
        goto err;
    if (EVP_EncryptUpdate(ctx, out + 12, &n, in, len) != 1)
        goto err;
    total = 12 + n;
    if (EVP_EncryptFinal_ex(ctx, out + total, &n) != 1)
        goto err;
    total += n;
    if (EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, 16, out + total) != 1)
        goto err;
    total += 16;
    EVP_CIPHER_CTX_free(ctx);
    return total;
err:
    EVP_CIPHER_CTX_free(ctx);
    return -1;
}
