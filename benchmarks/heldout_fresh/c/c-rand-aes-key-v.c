#include <stdio.h>
#include <stdlib.h>
#include <time.h>

int make_key_file(const char *path)
{
    unsigned char key[32];
    srand((unsigned)time(NULL));
    for (size_t i = 0; i < sizeof key; i++)
        key[i] = (unsigned char)(rand() & 0xff);

    FILE *f = fopen(path, "wb");
    if (!f)
        return -1;
    size_t ok = fwrite(key, 1, sizeof key, f);
    fclose(f);
    return ok == sizeof key ? 0 : -1;
}
