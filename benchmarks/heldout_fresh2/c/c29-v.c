/* HTTP request reader: grow the buffer until the header block ends, then point at the body. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct request { char *buf; size_t len; char *body; };

int read_request(int fd, struct request *r) {
    size_t cap = 1024;
    r->buf = malloc(cap);
    r->len = 0;
    r->body = NULL;
    if (!r->buf) return -1;
    for (;;) {
        if (r->len + 512 > cap) {
            if (cap >= (1u << 20)) return -1;
            char *nb = realloc(r->buf, cap * 2);
            if (!nb) return -1;
            r->buf = nb;
            cap *= 2;
        }
        ssize_t n = read(fd, r->buf + r->len, cap - r->len - 1);
        if (n <= 0) return -1;
        r->len += (size_t)n;
        r->buf[r->len] = '\0';
        if (!r->body) {
            char *end = strstr(r->buf, "\r\n\r\n");
            if (end) r->body = end + 4;
        }
        if (r->body && (size_t)(r->buf + r->len - r->body) >= 16) return 0;
    }
}
