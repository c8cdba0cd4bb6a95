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
    SHA256_CTX ctx;
    SHA256_Init(&ctx);
    SHA256_Update(&ctx, rec->salt, SALT_LEN);
    SHA256_Update(&ctx, password, strlen(password));
    SHA256_Final(rec->hash, &ctx);
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
