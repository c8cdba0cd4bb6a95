#include <stdlib.h>
#include <string.h>
#include <time.h>

struct session {
    char user[32];
    char token[65];
    time_t expires;
    struct session *next;
};

/* Called from the admin socket handler with the user name it received. */
int purge_user(struct session **head, const char *user)
{
    int removed = 0;
    struct session *prev = NULL;
    for (struct session *s = *head; s; s = s->next) {
        if (strcmp(s->user, user) == 0) {
            if (prev)
                prev->next = s->next;
            else
                *head = s->next;
            memset(s->token, 0, sizeof s->token);
            free(s);
            removed++;
            continue;
        }
        prev = s;
    }
    return removed;
}
