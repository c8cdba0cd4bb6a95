/* mkbackup: build the destination path "<backup dir>/<name>.tar.gz" from argv and print it.
 * Installed setuid root; the hosting panel calls it with the site name a customer chose. */
#include <stdio.h>
#include <string.h>

struct job {
    char dest[128];
    int compress_level;
};

static int make_dest(struct job *j, const char *dir, const char *name) {
    int n = snprintf(j->dest, sizeof j->dest, "%s/%s.tar.gz", dir, name);
    return (n < 0 || (size_t)n >= sizeof j->dest) ? -1 : 0;
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: %s BACKUP_DIR NAME\n", argv[0]);
        return 2;
    }
    struct job j = { .compress_level = 6 };
    if (make_dest(&j, argv[1], argv[2]) != 0) {
        fprintf(stderr, "path too long\n");
        return 1;
    }
    printf("backup will be written to %s (level %d)\n", j.dest, j.compress_level);
    return 0;
}
