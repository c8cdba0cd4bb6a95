#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const LANGS[] = { "en", "de", "fr", "es", "ja" };

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

static const char *chosen_lang(const char *qs)
{
    static char lang[64];
    if (!qs || strncmp(qs, "lang=", 5) != 0)
        return "en";
    url_decode(lang, sizeof lang, qs + 5);
    for (size_t i = 0; i < sizeof LANGS / sizeof LANGS[0]; i++)
        if (strcmp(lang, LANGS[i]) == 0)
            return LANGS[i];
    return "en";
}

int main(void)
{
    const char *lang = chosen_lang(getenv("QUERY_STRING"));
    printf("Status: 302 Found\r\n");
    printf("Set-Cookie: lang=%s; Path=/; Max-Age=31536000; Secure; HttpOnly; SameSite=Lax\r\n", lang);
    printf("Location: /\r\n\r\n");
    return 0;
}
