#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

struct rec { uint32_t id; double value; };

struct rec *load(FILE *f, uint32_t *count) {
    if (fread(count, sizeof *count, 1, f) != 1) return NULL;
    uint32_t bytes = *count * (uint32_t)sizeof(struct rec);
    struct rec *r = malloc(bytes);
    if (!r) return NULL;
    if (fread(r, sizeof(struct rec), *count, f) != *count) { free(r); return NULL; }
    return r;
}
