#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *BILLING_TOKEN = "bk_live_7f3a9c21e4d84b0fa1c6d2e95b8e4470";

/* Writes "Authorization: Bearer <token>\r\n" into buf. */
int billing_auth_header(char *buf, size_t bufsz)
{
    const char *token = BILLING_TOKEN;
    if (!token || !*token)
        return -1;
    int n = snprintf(buf, bufsz, "Authorization: Bearer %s\r\n", token);
    return (n < 0 || (size_t)n >= bufsz) ? -1 : 0;
}

int main(void)
{
    char hdr[256];
    if (billing_auth_header(hdr, sizeof hdr) != 0) {
        fputs("billing token missing\n", stderr);
        return 1;
    }
    fputs(hdr, stdout);
    return 0;
}
