#include <cstring>
#include <vector>

struct Header { unsigned magic; unsigned length; };

Header read_header(const std::vector<char> &buf) {
    Header h{};
    std::memcpy(&h, buf.data(), buf.size());
    return h;
}
