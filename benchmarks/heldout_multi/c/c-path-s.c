#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int open_requested(const char *request_path) {
    char full[1024], resolved[PATH_MAX];
    snprintf(full, sizeof full, "/srv/www/%s", request_path);
    if (!realpath(full, resolved)) return -1;
    if (strncmp(resolved, "/srv/www/", 9) != 0) return -1;
    return open(resolved, O_RDONLY);
}
