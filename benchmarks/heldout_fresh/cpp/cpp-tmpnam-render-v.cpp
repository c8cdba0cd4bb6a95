#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

bool publish_report(const std::string &body, const std::filesystem::path &dest)
{
    char tmp[L_tmpnam];
    if (!std::tmpnam(tmp))
        return false;
    {
        std::ofstream out(tmp);
        out << body;
        if (!out)
            return false;
    }
    std::filesystem::rename(tmp, dest);
    return true;
}
