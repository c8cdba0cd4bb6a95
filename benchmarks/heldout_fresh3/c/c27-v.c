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

static void put_text(const char *s)
{
    fputs(s, stdout);
}

int main(void)
{
    char q[256] = "";
    const char *qs = getenv("QUERY_STRING");
    if (qs && strncmp(qs, "q=", 2) == 0)
        url_decode(q, sizeof q, qs + 2);

    printf("Content-Type: text/html; charset=utf-8\r\n\r\n");
    printf("<!doctype html><html><body><h1>Search</h1><p>Results for ");
    put_text(q);
    printf("</p></body></html>\n");
    return 0;
}
