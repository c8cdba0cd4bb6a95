#include <stdio.h>
#include <string.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

#define SALT_LEN 16
#define HASH_LEN 32

struct pw_record {
    unsigned char salt[SALT_LEN];
    unsigned char hash[HASH_LEN];
};

int hash_password(const char *password, struct pw_record *rec)
{
    if (RAND_bytes(rec->salt, SALT_LEN) != 1)
        return -1;
    if (PKCS5_PBKDF2_HMAC(password, (int)strlen(password), rec->salt, SALT_LEN,
                          600000, EVP_sha256(), HASH_LEN, rec->hash) != 1)
        return -1;
    return 0;
}

void print_record(const struct pw_record *rec)
{
    for (int i = 0; i < SALT_LEN; i++)
        printf("%02x", rec->salt[i]);
    putchar('$');
    for (int i = 0; i < HASH_LEN; i++)
        printf("%02x", rec->hash[i]);
    putchar('\n');
}
