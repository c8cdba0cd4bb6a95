/* CGI network diagnostics page: ping a host given in the query string. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void url_param(const char *qs, const char *key, char *out, size_t outsz) {
    size_t klen = strlen(key);
    out[0] = '\0';
    while (qs && *qs) {
        if (strncmp(qs, key, klen) == 0 && qs[klen] == '=') {
            size_t i = 0;
            qs += klen + 1;
            while (*qs && *qs != '&' && i + 1 < outsz) out[i++] = *qs++;
            out[i] = '\0';
            return;
        }
        qs = strchr(qs, '&');
        if (qs) qs++;
    }
}

int main(void) {
    char host[128];
    url_param(getenv("QUERY_STRING"), "host", host, sizeof host);
    printf("Content-Type: text/plain\r\n\r\n");
    if (!host[0]) { puts("no host given"); return 0; }

    char cmd[256];
    snprintf(cmd, sizeof cmd, "ping -c 3 -W 2 %s 2>&1", host);
    FILE *p = popen(cmd, "r");
    if (!p) { puts("ping failed"); return 0; }
    char line[512];
    while (fgets(line, sizeof line, p)) fputs(line, stdout);
    pclose(p);
    return 0;
}
