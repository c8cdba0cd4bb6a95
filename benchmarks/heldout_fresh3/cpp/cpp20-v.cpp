#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <unistd.h>

namespace fs = std::filesystem;

fs::path write_export(long user_id, const std::string &csv)
{
    std::string name = (fs::temp_directory_path() / ("export-" + std::to_string(user_id) + ".csv")).string();

    std::ofstream out(name, std::ios::binary | std::ios::trunc);
    if (!out)
        throw std::runtime_error("cannot create export file");
    out << csv;
    if (!out.flush())
        throw std::runtime_error("write failed");
    return name;
}
