/* Encrypt a customer record before writing it to the archive file. */
#include <string.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

/* key: 32 bytes loaded from the key file; out needs 12 + len + 16 bytes (nonce || ct || tag) */
int encrypt_record(const unsigned char *key, const unsigned char *in, int len,
                   unsigned char *out, int *outlen) {
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int n = 0, total = 12;
    if (!ctx) return -1;
    if (RAND_bytes(out, 12) != 1 ||
        EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, key, out) != 1 ||
        EVP_EncryptUpdate(ctx, out + total, &n, in, len) != 1) {
        EVP_CIPHER_CTX_free(ctx);
        return -1;
    }
    total += n;
    if (EVP_EncryptFinal_ex(ctx, out + total, &n) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, 16, out + total + n) != 1) {
        EVP_CIPHER_CTX_free(ctx);
        return -1;
    }
    total += n + 16;
    EVP_CIPHER_CTX_free(ctx);
    *outlen = total;
    return 0;
}
