#include <stdio.h>
#include <stdlib.h>

static int compress_file(const char *path)
{
    char cmd[512];
    snprintf(cmd, sizeof cmd, "gzip -k -9 %s", path);
    return system(cmd);
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: %s LOGFILE\n", argv[0]);
        return 2;
    }
    if (compress_file(argv[1]) != 0) {
        fprintf(stderr, "gzip failed\n");
        return 1;
    }
    return 0;
}
