/* User store: hash a new password before saving it to the accounts table. */
#include <stdio.h>
#include <string.h>
#include <openssl/evp.h>

/* out must hold 2*EVP_MAX_MD_SIZE+1 chars */
int hash_password(const char *password, char *out) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (!EVP_Digest(password, strlen(password), digest, &len, EVP_md5(), NULL))
        return -1;
    for (unsigned int i = 0; i < len; i++)
        sprintf(out + 2 * i, "%02x", digest[i]);
    return 0;
}

int verify_password(const char *password, const char *stored) {
    char h[2 * EVP_MAX_MD_SIZE + 1];
    if (hash_password(password, h) != 0) return 0;
    return strcmp(h, stored) == 0;
}
