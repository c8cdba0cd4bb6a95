#include <cstring>
#include <vector>

struct Header { unsigned magic; unsigned length; };

Header read_header(const std::vector<char> &buf) {
    Header h{};
    if (buf.size() < sizeof h) return h;
    std::memcpy(&h, buf.data(), sizeof h);
    return h;
}
