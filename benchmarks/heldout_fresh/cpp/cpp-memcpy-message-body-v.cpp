#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

struct ChatMessage {
    char text[256];
    std::uint16_t length;
};

ChatMessage parse_frame(const std::vector<std::uint8_t> &frame)
{
    ChatMessage msg{};
    if (frame.size() < 2)
        return msg;
    msg.length = static_cast<std::uint16_t>((frame[0] << 8) | frame[1]);
    std::memcpy(msg.text, frame.data() + 2, msg.length);
    return msg;
}
