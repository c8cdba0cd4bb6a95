#include <arpa/inet.h>
#include <cstdint>
#include <cstring>
#include <sys/socket.h>
#include <vector>

class Frame {
public:
    explicit Frame(size_t n) : data_(new uint8_t[n]), size_(n) {}
    ~Frame() { delete[] data_; }
    uint8_t *data() { return data_; }
    size_t size() const { return size_; }

private:
    uint8_t *data_;
    size_t size_;
};

std::vector<Frame> read_frames(int fd, int max_frames)
{
    std::vector<Frame> frames;
    for (int i = 0; i < max_frames; i++) {
        uint16_t len_be;
        if (recv(fd, &len_be, sizeof len_be, MSG_WAITALL) != sizeof len_be)
            break;
        size_t len = ntohs(len_be);
        Frame f(len);
        if (len && recv(fd, f.data(), len, MSG_WAITALL) != static_cast<ssize_t>(len))
            break;
        frames.push_back(f);
    }
    return frames;
}
