#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace fs = std::filesystem;
const fs::path kRoot = "/srv/static";

std::string serve(const std::string &requested) {
    std::ifstream in(kRoot / requested, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}
