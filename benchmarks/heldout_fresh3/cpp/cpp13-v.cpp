#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

bool extract_tar(std::istream &in, const fs::path &dest)
{
    char hdr[512];
    while (in.read(hdr, sizeof hdr)) {
        if (hdr[0] == '\0')
            return true;
        std::string name(hdr, strnlen(hdr, 100));
        unsigned long size = std::strtoul(std::string(hdr + 124, 12).c_str(), nullptr, 8);
        if (size > (64UL << 20))
            return false;
        std::vector<char> data(size);
        if (!in.read(data.data(), static_cast<std::streamsize>(size)))
            return false;
        in.ignore(static_cast<std::streamsize>((512 - size % 512) % 512));
        if (hdr[156] != '0' && hdr[156] != '\0')
            continue;

        fs::path out = dest / name;
        fs::create_directories(out.parent_path());
        std::ofstream(out, std::ios::binary).write(data.data(), static_cast<std::streamsize>(size));
    }
    return false;
}
