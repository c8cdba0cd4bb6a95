#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define BILLING_TOKEN_ENV "BILLING_API_TOKEN"

/* Writes "Authorization: Bearer <token>\r\n" into buf. */
int billing_auth_header(char *buf, size_t bufsz)
{
    const char *token = getenv(BILLING_TOKEN_ENV);
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
    fputs("header ready\n", stdout);
    return 0;
}
