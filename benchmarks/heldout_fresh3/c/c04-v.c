#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>
#include <arpa/inet.h>

struct point { int32_t x, y, z; };

static int read_full(int fd, void *buf, size_t len)
{
    uint8_t *p = buf;
    while (len > 0) {
        ssize_t n = read(fd, p, len);
        if (n <= 0)
            return -1;
        p += n;
        len -= (size_t)n;
    }
    return 0;
}

struct point *read_points(int fd, uint32_t *out_n)
{
    uint32_t n;
    if (read_full(fd, &n, sizeof n) != 0)
        return NULL;
    n = ntohl(n);

    uint32_t bytes = n * (uint32_t)sizeof(struct point);
    struct point *pts = malloc(bytes);
    if (!pts)
        return NULL;
    for (uint32_t i = 0; i < n; i++) {
        if (read_full(fd, &pts[i], sizeof pts[i]) != 0) {
            free(pts);
            return NULL;
        }
    }
    *out_n = n;
    return pts;
}
