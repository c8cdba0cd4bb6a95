#include <fcntl.h>
#include <stdio.h>

int open_requested(const char *request_path) {
    char full[1024];
    snprintf(full, sizeof full, "/srv/www/%s", request_path);
    return open(full, O_RDONLY);
}
