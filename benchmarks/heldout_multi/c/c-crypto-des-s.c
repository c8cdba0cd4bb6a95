#include <openssl/evp.h>

int seal(const unsigned char *key, const unsigned char *iv, const unsigned char *in, int inlen, unsigned char *out) {
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int len, total;
    EVP_EncryptInit_ex(ctx, EVP_aes_256_cbc(), NULL, key, iv);
    EVP_EncryptUpdate(ctx, out, &len, in, inlen);
    total = len;
    EVP_EncryptFinal_ex(ctx, out + len, &len);
    EVP_CIPHER_CTX_free(ctx);
    return total + len;
}
