/* CGI guestbook: show a thank-you page that repeats the visitor's name. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void url_decode(char *s) {
    char *o = s;
    for (; *s; s++, o++) {
        unsigned v;
        if (*s == '+') *o = ' ';
        else if (*s == '%' && sscanf(s + 1, "%2x", &v) == 1) { *o = (char)v; s += 2; }
        else *o = *s;
    }
    *o = '\0';
}

static char *form_value(char *qs, const char *key) {
    size_t klen = strlen(key);
    for (char *tok = strtok(qs, "&"); tok; tok = strtok(NULL, "&"))
        if (strncmp(tok, key, klen) == 0 && tok[klen] == '=') {
            url_decode(tok + klen + 1);
            return tok + klen + 1;
        }
    return NULL;
}

int main(void) {
    const char *env = getenv("QUERY_STRING");
    char *qs = strdup(env ? env : "");
    const char *name = form_value(qs, "name");

    printf("Content-Type: text/html; charset=utf-8\r\n\r\n");
    printf("<!doctype html><html><body>\n");
    if (name && *name)
        printf("<h1>Thanks for signing, %s!</h1>\n", name);
    else
        printf("<h1>Thanks for signing!</h1>\n");
    printf("<a href=\"/guestbook\">back</a></body></html>\n");
    free(qs);
    return 0;
}
