#include <cstdint>
#include <cstdlib>
#include <fstream>

uint8_t *load_pixels(std::ifstream &in, uint32_t &w, uint32_t &h) {
    in.read(reinterpret_cast<char *>(&w), 4);
    in.read(reinterpret_cast<char *>(&h), 4);
    if (w == 0 || h == 0 || w > 16384 || h > 16384) return nullptr;
    size_t size = static_cast<size_t>(w) * h * 4;
    auto *pixels = static_cast<uint8_t *>(std::malloc(size));
    if (!pixels) return nullptr;
    in.read(reinterpret_cast<char *>(pixels), static_cast<std::streamsize>(size));
    return pixels;
}
