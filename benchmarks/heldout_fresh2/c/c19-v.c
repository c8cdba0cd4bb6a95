/* mkbackup: build the destination path "<backup dir>/<name>.tar.gz" from argv and print it.
 * Installed setuid root; the hosting panel calls it with the site name a customer chose. */
#include <stdio.h>
#include <string.h>

struct job {
    char dest[128];
    int compress_level;
};

static void make_dest(struct job *j, const char *dir, const char *name) {
    strcpy(j->dest, dir);
    strcat(j->dest, "/");
    strcat(j->dest, name);
    strcat(j->dest, ".tar.gz");
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: %s BACKUP_DIR NAME\n", argv[0]);
        return 2;
    }
    struct job j = { .compress_level = 6 };
    make_dest(&j, argv[1], argv[2]);
    printf("backup will be written to %s (level %d)\n", j.dest, j.compress_level);
    return 0;
}
