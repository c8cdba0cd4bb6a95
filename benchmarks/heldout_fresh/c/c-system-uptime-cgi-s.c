#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
    const char *qs = getenv("QUERY_STRING");
    char cmd[256];

    printf("Content-Type: text/plain\r\n\r\n");
    fflush(stdout);
    if (qs && strcmp(qs, "pretty") == 0)
        snprintf(cmd, sizeof cmd, "uptime -p");
    else
        snprintf(cmd, sizeof cmd, "uptime");
    return system(cmd) == 0 ? 0 : 1;
}
