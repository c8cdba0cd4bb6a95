#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Returns a malloc'd path to a temp file holding data, or NULL. */
char *spool_upload(const void *data, size_t len)
{
    char *name = strdup("/tmp/report-XXXXXX");
    if (!name)
        return NULL;
    int fd = mkstemp(name);
    if (fd < 0) {
        free(name);
        return NULL;
    }
    FILE *f = fdopen(fd, "wb");
    if (!f) {
        close(fd);
        unlink(name);
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
