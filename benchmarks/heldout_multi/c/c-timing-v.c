#include <openssl/hmac.h>
#include <string.h>

int verify(const unsigned char *key, int keylen, const unsigned char *msg, size_t n, const unsigned char tag[32]) {
    unsigned char mac[32];
    unsigned maclen = 0;
    HMAC(EVP_sha256(), key, keylen, msg, n, mac, &maclen);
    return memcmp(mac, tag, 32) == 0;
}
