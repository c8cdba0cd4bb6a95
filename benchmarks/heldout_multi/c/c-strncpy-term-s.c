#include <stdio.h>
#include <string.h>

void show_host(const char *host) {
    char field[16];
    strncpy(field, host, sizeof field - 1);
    field[sizeof field - 1] = '\0';
    printf("host=%s\n", field);
}
