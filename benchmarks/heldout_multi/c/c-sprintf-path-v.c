#include <stdio.h>
#include <stdlib.h>

FILE *open_config(void) {
    char path[64];
    const char *home = getenv("HOME");
    sprintf(path, "%s/.config/tool/settings.ini", home);
    return fopen(path, "r");
}
