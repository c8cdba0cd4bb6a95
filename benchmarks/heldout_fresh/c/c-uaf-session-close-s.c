#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

struct session {
    int fd;
    char *user;
    size_t bytes_out;
};

void session_close(struct session *s)
{
    close(s->fd);
    fprintf(stderr, "session for %s closed after %zu bytes\n", s->user, s->bytes_out);
    free(s->user);
    s->user = NULL;
    free(s);
}
