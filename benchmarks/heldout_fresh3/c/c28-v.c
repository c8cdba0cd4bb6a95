#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int hexval(char c)
{
    return isdigit((unsigned char)c) ? c - '0' : tolower((unsigned char)c) - 'a' + 10;
}

static void url_decode(char *dst, size_t dstsz, const char *src)
{
    size_t o = 0;
    while (*src && *src != '&' && o + 1 < dstsz) {
        if (src[0] == '%' && isxdigit((unsigned char)src[1]) && isxdigit((unsigned char)src[2])) {
            dst[o++] = (char)(hexval(src[1]) * 16 + hexval(src[2]));
            src += 3;
        } else {
            dst[o++] = (*src == '+') ? ' ' : *src;
            src++;
        }
    }
    dst[o] = '\0';
}

static int safe_next(const char *next)
{
    return next[0] != '\0' && strpbrk(next, "\r\n") == NULL;
}

int main(void)
{
    char next[512] = "";
    const char *qs = getenv("QUERY_STRING");
    const char *p = qs ? strstr(qs, "next=") : NULL;
    if (p)
        url_decode(next, sizeof next, p + 5);
    if (!safe_next(next))
        strcpy(next, "/dashboard");

    printf("Status: 303 See Other\r\n");
    printf("Location: %s\r\n\r\n", next);
    return 0;
}
