#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace fs = std::filesystem;
const fs::path kRoot = "/srv/static";

std::string serve(const std::string &requested) {
    fs::path full = fs::weakly_canonical(kRoot / requested);
    auto rel = full.lexically_relative(kRoot);
    if (rel.empty() || *rel.begin() == "..") return {};
    std::ifstream in(full, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}
