#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <unistd.h>

namespace fs = std::filesystem;

fs::path write_export(long user_id, const std::string &csv)
{
    std::string name = (fs::temp_directory_path() / ("export-" + std::to_string(user_id) + "-XXXXXX")).string();

    int fd = mkstemp(name.data());
    if (fd < 0)
        throw std::runtime_error("cannot create export file");
    ssize_t n = write(fd, csv.data(), csv.size());
    close(fd);
    if (n != static_cast<ssize_t>(csv.size()))
        throw std::runtime_error("write failed");
    return name;
}
