#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *read_archive(const char *path, long *len_out)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long len = ftell(f);
    rewind(f);
    char *data = malloc(len > 0 ? (size_t)len : 1);
    if (!data) { fclose(f); return NULL; }
    size_t got = fread(data, 1, (size_t)len, f);
    fclose(f);
    if (got != (size_t)len) {
        free(data);
    }
    if (got < 4 || memcmp(data, "ARC1", 4) != 0) {
        free(data);
        return NULL;
    }
    *len_out = len;
    return data;
}
