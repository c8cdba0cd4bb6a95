/* User store: hash a new password before saving it to the accounts table. */
#include <stdio.h>
#include <string.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#define SALT_LEN 16
#define KEY_LEN 32
#define ITERATIONS 600000

/* record = salt || derived key */
int hash_password(const char *password, unsigned char record[SALT_LEN + KEY_LEN]) {
    if (RAND_bytes(record, SALT_LEN) != 1) return -1;
    if (!PKCS5_PBKDF2_HMAC(password, (int)strlen(password), record, SALT_LEN,
                           ITERATIONS, EVP_sha256(), KEY_LEN, record + SALT_LEN))
        return -1;
    return 0;
}

int verify_password(const char *password, const unsigned char record[SALT_LEN + KEY_LEN]) {
    unsigned char key[KEY_LEN];
    if (!PKCS5_PBKDF2_HMAC(password, (int)strlen(password), record, SALT_LEN,
                           ITERATIONS, EVP_sha256(), KEY_LEN, key))
        return 0;
    return CRYPTO_memcmp(key, record + SALT_LEN, KEY_LEN) == 0;
}
