#include <stdio.h>
#include <string.h>

void show_host(const char *host) {
    char field[16];
    strncpy(field, host, sizeof field);
    printf("host=%s\n", field);
}
