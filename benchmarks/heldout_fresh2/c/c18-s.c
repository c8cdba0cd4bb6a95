/* Check the HMAC tag that a device appends to each firmware-update request. */
#include <string.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#define TAG_LEN 32

extern const unsigned char *device_key(unsigned int device_id, size_t *len);

/* msg = [u32 device id][payload ...][32-byte tag], straight from the socket */
int request_authentic(const unsigned char *msg, size_t len) {
    if (len < 4 + TAG_LEN) return 0;
    unsigned int id = (unsigned)msg[0] << 24 | (unsigned)msg[1] << 16 |
                      (unsigned)msg[2] << 8 | msg[3];
    size_t keylen;
    const unsigned char *key = device_key(id, &keylen);
    if (!key) return 0;

    unsigned char expect[EVP_MAX_MD_SIZE];
    unsigned int elen = 0;
    size_t body = len - TAG_LEN;
    if (!HMAC(EVP_sha256(), key, (int)keylen, msg, body, expect, &elen)) return 0;
    return CRYPTO_memcmp(expect, msg + body, TAG_LEN) == 0;
}
