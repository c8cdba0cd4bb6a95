#include <stdint.h>
#include <stddef.h>
#include <unistd.h>

typedef int (*handler_fn)(int fd, const uint8_t *body, size_t len);

static int op_ping(int fd, const uint8_t *b, size_t n)  { (void)b; (void)n; return (int)write(fd, "PONG", 4); }
static int op_stat(int fd, const uint8_t *b, size_t n)  { (void)b; (void)n; return (int)write(fd, "UP", 2); }
static int op_quit(int fd, const uint8_t *b, size_t n)  { (void)b; (void)n; return close(fd); }

static handler_fn handlers[] = { op_ping, op_stat, op_quit };

int dispatch(int fd)
{
    uint8_t pkt[256];
    ssize_t n = read(fd, pkt, sizeof pkt);
    if (n < 1)
        return -1;
    uint8_t op = pkt[0];
    if (op >= sizeof handlers / sizeof handlers[0])
        return -1;
    return handlers[op](fd, pkt + 1, (size_t)n - 1);
}
