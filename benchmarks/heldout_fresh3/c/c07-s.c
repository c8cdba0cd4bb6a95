#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* defined in profile_store.c: saves one field of the user's profile */
int store_profile(const char *key, const char *value);

int main(void)
{
    const char *cl = getenv("CONTENT_LENGTH");
    long len = cl ? strtol(cl, NULL, 10) : 0;
    if (len <= 0 || len > 65536) {
        printf("Status: 400 Bad Request\r\n\r\n");
        return 0;
    }
    char *body = malloc((size_t)len + 1);
    if (!body || fread(body, 1, (size_t)len, stdin) != (size_t)len)
        goto fail;
    body[len] = '\0';

    for (char *line = strtok(body, "\n"); line; line = strtok(NULL, "\n")) {
        char *eq = strchr(line, '=');
        if (!eq) {
            free(body);
            body = NULL;
            goto fail;
        }
        *eq = '\0';
        store_profile(line, eq + 1);
    }
    free(body);
    printf("Status: 204 No Content\r\n\r\n");
    return 0;

fail:
    free(body);
    printf("Status: 400 Bad Request\r\n\r\n");
    return 0;
}
