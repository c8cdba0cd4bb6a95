/* Read a length-prefixed array of 16-byte records from a peer socket. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <arpa/inet.h>
#include <sys/socket.h>

struct record { uint32_t id; uint32_t flags; uint64_t value; };

#define MAX_RECORDS 100000u

static int read_full(int fd, void *buf, size_t len) {
    size_t got = 0;
    while (got < len) {
        ssize_t n = recv(fd, (char *)buf + got, len - got, 0);
        if (n <= 0) return -1;
        got += (size_t)n;
    }
    return 0;
}

struct record *recv_records(int fd, uint32_t *count_out) {
    uint32_t count;
    if (read_full(fd, &count, sizeof count) < 0) return NULL;
    count = ntohl(count);
    if (count == 0 || count > MAX_RECORDS) return NULL;

    struct record *recs = calloc(count, sizeof(struct record));
    if (!recs) return NULL;
    for (uint32_t i = 0; i < count; i++) {
        if (read_full(fd, &recs[i], sizeof recs[i]) < 0) {
            free(recs);
            return NULL;
        }
    }
    *count_out = count;
    return recs;
}
