#include <openssl/crypto.h>
#include <openssl/hmac.h>

int verify(const unsigned char *key, int keylen, const unsigned char *msg, size_t n, const unsigned char tag[32]) {
    unsigned char mac[32];
    unsigned maclen = 0;
    HMAC(EVP_sha256(), key, keylen, msg, n, mac, &maclen);
    return CRYPTO_memcmp(mac, tag, 32) == 0;
}
