#include <cstdint>
#include <unistd.h>

static const char *MESSAGES[] = {"ok", "busy", "error", "retry"};

void reply(int fd) {
    int32_t idx = 0;
    if (read(fd, &idx, sizeof idx) != sizeof idx) return;
    if (idx < 0 || idx >= static_cast<int32_t>(sizeof MESSAGES / sizeof MESSAGES[0])) return;
    const char *msg = MESSAGES[idx];
    write(fd, msg, 4);
}
