#include <stddef.h>
#include <stdint.h>
#include <sys/socket.h>

typedef int (*handler_fn)(const uint8_t *body, size_t len);

static int op_ping(const uint8_t *b, size_t n) { (void)b; (void)n; return 0; }
static int op_stat(const uint8_t *b, size_t n) { (void)b; return n > 0 ? 1 : 0; }
static int op_echo(const uint8_t *b, size_t n) { (void)b; return (int)n; }

#define NUM_OPS 16
static handler_fn handlers[NUM_OPS] = { op_ping, op_stat, op_echo };

static int dispatch(const uint8_t *pkt, size_t len)
{
    if (len < 1)
        return -1;
    uint8_t op = pkt[0];
    handler_fn h = handlers[op];
    if (!h)
        return -1;
    return h(pkt + 1, len - 1);
}

void serve(int sock)
{
    uint8_t buf[1500];
    for (;;) {
        ssize_t n = recv(sock, buf, sizeof buf, 0);
        if (n > 0)
            dispatch(buf, (size_t)n);
    }
}
