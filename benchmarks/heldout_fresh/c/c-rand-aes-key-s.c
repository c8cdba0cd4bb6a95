#include <stdio.h>
#include <openssl/rand.h>

int make_key_file(const char *path)
{
    unsigned char key[32];
    if (RAND_bytes(key, (int)sizeof key) != 1)
        return -1;

    FILE *f = fopen(path, "wb");
    if (!f)
        return -1;
    size_t ok = fwrite(key, 1, sizeof key, f);
    fclose(f);
    return ok == sizeof key ? 0 : -1;
}
