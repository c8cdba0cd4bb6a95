/* Chat server: drop a client from the linked list of sessions when it disconnects. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

struct session {
    int fd;
    char nick[32];
    struct session *next;
};

static struct session *sessions;

static void broadcast(const char *fmt_nick) {
    for (struct session *s = sessions; s; s = s->next)
        dprintf(s->fd, "* %s left the room\n", fmt_nick);
}

void drop_session(int fd) {
    struct session **pp = &sessions;
    while (*pp && (*pp)->fd != fd)
        pp = &(*pp)->next;
    struct session *gone = *pp;
    if (!gone) return;

    *pp = gone->next;
    close(gone->fd);
    free(gone);
    broadcast(gone->nick);
    fprintf(stderr, "session %d (%s) closed\n", fd, gone->nick);
}
