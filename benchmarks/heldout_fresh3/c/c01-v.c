/* greet.cgi: prints a greeting for ?name=... */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *param(const char *qs, const char *key)
{
    size_t klen = strlen(key);
    for (const char *p = qs; p && *p; ) {
        if (strncmp(p, key, klen) == 0 && p[klen] == '=')
            return p + klen + 1;
        p = strchr(p, '&');
        if (p)
            p++;
    }
    return NULL;
}

int main(void)
{
    char name[64];
    const char *qs = getenv("QUERY_STRING");
    const char *v = param(qs, "name");
    if (!v)
        v = "guest";

    strcpy(name, v);
    char *amp = strchr(name, '&');
    if (amp)
        *amp = '\0';

    printf("Content-Type: text/plain\r\n\r\n");
    printf("Hello, %s!\n", name);
    return 0;
}
