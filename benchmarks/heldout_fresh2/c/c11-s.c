/* Game server: handle a CHAT message [i32 length][text] from a connected player. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <arpa/inet.h>

#define MAX_CHAT 200

struct player { int fd; char last_chat[MAX_CHAT + 1]; };

int handle_chat(struct player *pl, const uint8_t *msg, size_t msglen) {
    int32_t len;
    if (msglen < 4) return -1;
    memcpy(&len, msg, 4);
    len = (int32_t)ntohl((uint32_t)len);

    if (len < 0 || len > MAX_CHAT || (size_t)len > msglen - 4) {
        dprintf(pl->fd, "bad chat length\n");
        return -1;
    }
    memcpy(pl->last_chat, msg + 4, (size_t)len);
    pl->last_chat[len] = '\0';
    printf("[chat %d] %s\n", pl->fd, pl->last_chat);
    return 0;
}
