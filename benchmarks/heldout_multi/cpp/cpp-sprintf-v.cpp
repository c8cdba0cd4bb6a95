#include <cstdio>
#include <string>

std::string log_line(const std::string &method, const std::string &path, int status) {
    char buf[128];
    std::sprintf(buf, "%s %s -> %d", method.c_str(), path.c_str(), status);
    return buf;
}
