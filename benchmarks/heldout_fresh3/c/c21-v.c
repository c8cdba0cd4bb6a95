#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Returns a malloc'd path to a temp file holding data, or NULL. */
char *spool_upload(const void *data, size_t len)
{
    char *name = malloc(L_tmpnam);
    if (!name)
        return NULL;
    if (!tmpnam(name)) {
        free(name);
        return NULL;
    }
    FILE *f = fopen(name, "wb");
    if (!f) {
        free(name);
        return NULL;
    }
    if (fwrite(data, 1, len, f) != len) {
        fclose(f);
        unlink(name);
        free(name);
        return NULL;
    }
    fclose(f);
    return name;
}
