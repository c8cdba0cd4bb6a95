#include <cstdint>
#include <cstring>
#include <vector>

struct Field { uint8_t len; char value[64]; };

bool parse_field(const std::vector<uint8_t> &buf, Field &out) {
    if (buf.empty()) return false;
    out.len = buf[0];
    if (out.len > sizeof(out.value) || buf.size() < 1u + out.len) return false;
    std::memcpy(out.value, buf.data() + 1, out.len);
    return true;
}
