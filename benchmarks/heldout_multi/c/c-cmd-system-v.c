#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    const char *qs = getenv("QUERY_STRING");
    char cmd[256];
    if (!qs || strncmp(qs, "host=", 5) != 0) return 1;
    snprintf(cmd, sizeof cmd, "ping -c 1 %s", qs + 5);
    printf("Content-Type: text/plain\r\n\r\n");
    fflush(stdout);
    return system(cmd);
}
