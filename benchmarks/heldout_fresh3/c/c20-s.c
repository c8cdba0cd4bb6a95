#include <stdio.h>
#include <string.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

static int hex_decode(const char *hex, unsigned char *out, size_t outlen)
{
    if (strlen(hex) != outlen * 2)
        return -1;
    for (size_t i = 0; i < outlen; i++) {
        unsigned int b;
        if (sscanf(hex + 2 * i, "%2x", &b) != 1)
            return -1;
        out[i] = (unsigned char)b;
    }
    return 0;
}

int webhook_signature_ok(const unsigned char *secret, int secret_len,
                         const unsigned char *body, size_t body_len,
                         const char *sig_header)
{
    unsigned char expected[32], given[32];
    unsigned int elen = sizeof expected;
    if (!sig_header || hex_decode(sig_header, given, sizeof given) != 0)
        return 0;
    if (!HMAC(EVP_sha256(), secret, secret_len, body, body_len, expected, &elen))
        return 0;
    return CRYPTO_memcmp(expected, given, sizeof expected) == 0;
}
