#include <cstdio>
#include <string>

std::string render_error(const std::string &user_template, int code) {
    char buf[256];
    std::snprintf(buf, sizeof buf, user_template.c_str(), code);
    return buf;
}
