// Decode the header of our simple raw image format (.rimg) and allocate the RGBA pixel buffer.
#include <cstdint>
#include <cstring>
#include <fstream>
#include <memory>
#include <stdexcept>

struct Image {
    uint32_t width = 0, height = 0;
    std::unique_ptr<uint8_t[]> rgba;
};

constexpr uint32_t kMaxSide = 16384;

// file layout: "RIMG" | u32 width | u32 height | width*height*4 bytes of pixels
Image load_rimg(std::istream& in) {
    char magic[4];
    uint32_t hdr[2];
    if (!in.read(magic, 4) || std::memcmp(magic, "RIMG", 4) != 0)
        throw std::runtime_error("not a rimg file");
    if (!in.read(reinterpret_cast<char*>(hdr), sizeof hdr))
        throw std::runtime_error("truncated header");

    Image img;
    img.width = hdr[0];
    img.height = hdr[1];
    if (img.width == 0 || img.height == 0 || img.width > kMaxSide || img.height > kMaxSide)
        throw std::runtime_error("bad dimensions");
    std::size_t bytes = std::size_t(img.width) * img.height * 4;  // at most 2^30, fits size_t
    img.rgba.reset(new uint8_t[bytes]);
    for (uint32_t row = 0; row < img.height; ++row) {
        if (!in.read(reinterpret_cast<char*>(img.rgba.get()) + std::size_t(row) * img.width * 4,
                     std::streamsize(img.width) * 4))
            throw std::runtime_error("truncated pixels");
    }
    return img;
}
