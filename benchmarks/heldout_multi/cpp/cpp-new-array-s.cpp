#include <cstdint>
#include <istream>
#include <vector>

std::vector<int32_t> read_ints(std::istream &in) {
    int32_t count = 0;
    in.read(reinterpret_cast<char *>(&count), sizeof count);
    if (count < 0 || count > 1'000'000) return {};
    std::vector<int32_t> data(static_cast<size_t>(count));
    in.read(reinterpret_cast<char *>(data.data()), static_cast<std::streamsize>(data.size() * sizeof(int32_t)));
    return data;
}
