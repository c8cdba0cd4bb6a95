#include <cstdint>
#include <istream>
#include <memory>
#include <stdexcept>

struct Image {
    uint32_t width = 0, height = 0;
    std::unique_ptr<uint8_t[]> rgba;
};

static uint32_t read_u32(std::istream &in)
{
    uint8_t b[4];
    if (!in.read(reinterpret_cast<char *>(b), 4))
        throw std::runtime_error("truncated header");
    return uint32_t(b[0]) | uint32_t(b[1]) << 8 | uint32_t(b[2]) << 16 | uint32_t(b[3]) << 24;
}

Image load_raw(std::istream &in)
{
    Image img;
    img.width = read_u32(in);
    img.height = read_u32(in);
    uint32_t bytes = img.width * img.height * 4;
    img.rgba.reset(new uint8_t[bytes]);
    const uint32_t stride = img.width * 4;
    for (uint32_t y = 0; y < img.height; ++y) {
        if (!in.read(reinterpret_cast<char *>(img.rgba.get()) + size_t(y) * stride, stride))
            throw std::runtime_error("truncated pixels");
    }
    return img;
}
