#include <cstdint>
#include <unistd.h>

static const char *MESSAGES[] = {"ok", "busy", "error", "retry"};

void reply(int fd) {
    int32_t idx = 0;
    if (read(fd, &idx, sizeof idx) != sizeof idx) return;
    const char *msg = MESSAGES[idx];
    write(fd, msg, 4);
}
