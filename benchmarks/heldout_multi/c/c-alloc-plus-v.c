#include <stdlib.h>
#include <string.h>

char *join(const char *a, unsigned short alen, const char *b, unsigned short blen) {
    unsigned short total = alen + blen + 1;
    char *out = malloc(total);
    if (!out) return NULL;
    memcpy(out, a, alen);
    memcpy(out + alen, b, blen);
    out[alen + blen] = '\0';
    return out;
}
