#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define BASE_DIR "/srv/files/"

int main(void)
{
    const char *qs = getenv("QUERY_STRING");
    if (!qs || strncmp(qs, "f=", 2) != 0) {
        printf("Status: 400 Bad Request\r\n\r\n");
        return 0;
    }
    char path[PATH_MAX];
    snprintf(path, sizeof path, BASE_DIR "%s", qs + 2);

    FILE *fp = fopen(path, "rb");
    if (!fp) {
        printf("Status: 404 Not Found\r\n\r\n");
        return 0;
    }
    printf("Content-Type: application/octet-stream\r\n\r\n");
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, fp)) > 0)
        fwrite(buf, 1, n, stdout);
    fclose(fp);
    return 0;
}
