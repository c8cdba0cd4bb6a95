#include <stdint.h>
#include <unistd.h>

#define SLOTS 64
static uint32_t counters[SLOTS];

void handle(int fd) {
    uint8_t slot;
    if (read(fd, &slot, 1) != 1) return;
    if (slot >= SLOTS) return;
    counters[slot]++;
}
