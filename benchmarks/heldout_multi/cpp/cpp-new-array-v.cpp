#include <cstdint>
#include <cstring>
#include <istream>

int32_t *read_ints(std::istream &in, int32_t &count) {
    in.read(reinterpret_cast<char *>(&count), sizeof count);
    int32_t *data = static_cast<int32_t *>(operator new(count * sizeof(int32_t)));
    in.read(reinterpret_cast<char *>(data), count * sizeof(int32_t));
    return data;
}
