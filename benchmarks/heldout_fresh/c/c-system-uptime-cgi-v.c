#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    const char *qs = getenv("QUERY_STRING");
    char cmd[256];

    printf("Content-Type: text/plain\r\n\r\n");
    fflush(stdout);
    if (qs && *qs)
        snprintf(cmd, sizeof cmd, "uptime %s", qs);
    else
        snprintf(cmd, sizeof cmd, "uptime");
    return system(cmd) == 0 ? 0 : 1;
}
