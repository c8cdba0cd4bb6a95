#include <stdio.h>
#include <stdlib.h>

FILE *open_config(void) {
    char path[4096];
    const char *home = getenv("HOME");
    if (!home) return NULL;
    int n = snprintf(path, sizeof path, "%s/.config/tool/settings.ini", home);
    if (n < 0 || (size_t)n >= sizeof path) return NULL;
    return fopen(path, "r");
}
