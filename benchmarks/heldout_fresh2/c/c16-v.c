/* Encrypt a customer record before writing it to the archive file. */
#include <string.h>
#include <openssl/evp.h>

/* key: 8 bytes loaded from the key file; out needs len + 8 bytes */
int encrypt_record(const unsigned char *key, const unsigned char *in, int len,
                   unsigned char *out, int *outlen) {
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int n = 0, total = 0;
    if (!ctx) return -1;
    if (EVP_EncryptInit_ex(ctx, EVP_des_ecb(), NULL, key, NULL) != 1 ||
        EVP_EncryptUpdate(ctx, out, &n, in, len) != 1) {
        EVP_CIPHER_CTX_free(ctx);
        return -1;
    }
    total = n;
    if (EVP_EncryptFinal_ex(ctx, out + total, &n) != 1) {
        EVP_CIPHER_CTX_free(ctx);
        return -1;
    }
    total += n;
    EVP_CIPHER_CTX_free(ctx);
    *outlen = total;
    return 0;
}
