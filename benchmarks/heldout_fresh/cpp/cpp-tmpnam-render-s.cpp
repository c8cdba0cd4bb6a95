#include <cstdio>
#include <filesystem>
#include <string>
#include <unistd.h>

bool publish_report(const std::string &body, const std::filesystem::path &dest)
{
    std::string tmpl = (dest.parent_path() / ".report-XXXXXX").string();
    int fd = mkstemp(tmpl.data());
    if (fd < 0)
        return false;
    ssize_t n = write(fd, body.data(), body.size());
    close(fd);
    if (n != static_cast<ssize_t>(body.size())) {
        unlink(tmpl.c_str());
        return false;
    }
    std::filesystem::rename(tmpl, dest);
    return true;
}
