#include <stdlib.h>
#include <string.h>

int parse_line(const char *line, char **key_out) {
    char *copy = strdup(line);
    if (!copy) return -1;
    char *eq = strchr(copy, '=');
    if (!eq) {
        goto fail;
    }
    *eq = '\0';
    *key_out = copy;
    return 0;
fail:
    free(copy);
    return -1;
}
