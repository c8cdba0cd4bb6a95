#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

struct linebuf {
    char *data;
    size_t len, cap;
};

static int lb_append(struct linebuf *lb, const char *chunk, size_t n)
{
    char *end = lb->data + lb->len;
    if (lb->len + n + 1 > lb->cap) {
        size_t ncap = (lb->len + n + 1) * 2;
        char *p = realloc(lb->data, ncap);
        if (!p)
            return -1;
        lb->data = p;
        lb->cap = ncap;
    }
    memcpy(end, chunk, n);
    lb->len += n;
    lb->data[lb->len] = '\0';
    return 0;
}

int read_headers(int fd, struct linebuf *lb)
{
    char chunk[512];
    if (!lb->data) {
        if (!(lb->data = malloc(256)))
            return -1;
        lb->cap = 256;
        lb->len = 0;
        lb->data[0] = '\0';
    }
    while (!strstr(lb->data, "\r\n\r\n")) {
        if (lb->len > 64 * 1024)
            return -1;
        ssize_t n = recv(fd, chunk, sizeof chunk, 0);
        if (n <= 0 || lb_append(lb, chunk, (size_t)n) != 0)
            return -1;
    }
    return 0;
}
