#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <arpa/inet.h>

static int get_param(const char *name, char *out, size_t outsz)
{
    const char *qs = getenv("QUERY_STRING");
    size_t nlen = strlen(name);
    if (!qs)
        return -1;
    const char *p = strstr(qs, name);
    if (!p || p[nlen] != '=')
        return -1;
    p += nlen + 1;
    size_t n = strcspn(p, "&");
    if (n >= outsz)
        return -1;
    memcpy(out, p, n);
    out[n] = '\0';
    return 0;
}

int main(void)
{
    char host[64], cmd[128];
    printf("Content-Type: text/plain\r\n\r\n");
    fflush(stdout);
    if (get_param("host", host, sizeof host) != 0) {
        puts("missing host");
        return 0;
    }
    struct in_addr a;
    if (inet_pton(AF_INET, host, &a) != 1) {
        puts("host must be an IPv4 address");
        return 0;
    }
    snprintf(cmd, sizeof cmd, "ping -c 3 %s 2>&1", host);
    return system(cmd) == 0 ? 0 : 1;
}
