#include <cstdint>
#include <cstring>
#include <istream>

int32_t *read_ints(std::istream &in, int32_t &count) {
    in.read(reinterpret_cast<char *>(&count), sizeof count);
    uint32_t bytes = static_cast<uint32_t>(count) * 4u;
    int32_t *data = static_cast<int32_t *>(operator new(bytes));
    in.read(reinterpret_cast<char *>(data), count * sizeof(int32_t));
    return data;
}
