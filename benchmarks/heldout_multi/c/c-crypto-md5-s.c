#include <openssl/evp.h>

int firmware_digest(const unsigned char *img, size_t len, unsigned char out[EVP_MAX_MD_SIZE], unsigned *outlen) {
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    int ok = EVP_DigestInit_ex(ctx, EVP_sha256(), NULL) && EVP_DigestUpdate(ctx, img, len) && EVP_DigestFinal_ex(ctx, out, outlen);
    EVP_MD_CTX_free(ctx);
    return ok ? 0 : -1;
}
