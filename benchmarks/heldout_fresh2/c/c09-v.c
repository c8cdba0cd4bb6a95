/* Load a config file named on the command line into a heap buffer and parse it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern int parse_config(const char *text);

int load_config(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) return -1;
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    rewind(f);
    if (size < 0 || size > (1L << 20)) { fclose(f); return -1; }

    char *text = malloc((size_t)size + 1);
    if (!text) { fclose(f); return -1; }
    size_t got = fread(text, 1, (size_t)size, f);
    fclose(f);
    text[got] = '\0';

    int rc = parse_config(text);
    if (rc != 0) {
        fprintf(stderr, "%s: invalid configuration\n", path);
        free(text);
    }
    free(text);
    return rc;
}

int main(int argc, char **argv) {
    if (argc != 2) { fprintf(stderr, "usage: %s CONFIG\n", argv[0]); return 2; }
    return load_config(argv[1]) == 0 ? 0 : 1;
}
