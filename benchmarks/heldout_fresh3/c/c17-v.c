#include <openssl/evp.h>
#include <openssl/rand.h>

/* out needs len + 32 bytes; returns bytes written or -1 */
int seal_blob(const unsigned char key[32], const unsigned char *in, int len,
              unsigned char *out)
{
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int n = 0, total = 0;
    if (!ctx)
        return -1;
    if (EVP_EncryptInit_ex(ctx, EVP_des_ede3_ecb(), NULL, key, NULL) != 1)
        goto err;
    if (EVP_EncryptUpdate(ctx, out, &n, in, len) != 1)
        goto err;
    total = n;
    if (EVP_EncryptFinal_ex(ctx, out + total, &n) != 1)
        goto err;
    total += n;
    EVP_CIPHER_CTX_free(ctx);
    return total;
err:
    EVP_CIPHER_CTX_free(ctx);
    return -1;
}
