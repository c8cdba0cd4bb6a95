#include <array>
#include <cstdint>
#include <unistd.h>

struct ChannelStats {
    std::array<std::uint32_t, 16> notes{};
};

void count_events(int fd, ChannelStats &stats)
{
    std::uint8_t buf[512];
    ssize_t n = read(fd, buf, sizeof buf);
    for (ssize_t i = 0; i + 1 < n; i += 2) {
        std::uint8_t channel = buf[i] & 0x0F;
        stats.notes[channel] += buf[i + 1];
    }
}
