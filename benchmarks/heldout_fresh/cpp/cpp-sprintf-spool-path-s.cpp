#include <cstdio>
#include <fstream>
#include <string>

std::ofstream open_spool(const std::string &user, const std::string &msg_id)
{
    char path[64];
    int n = std::snprintf(path, sizeof path, "/var/spool/mailq/%s/%s.msg", user.c_str(), msg_id.c_str());
    if (n < 0 || static_cast<std::size_t>(n) >= sizeof path)
        return std::ofstream();
    return std::ofstream(path, std::ios::binary);
}

int main(int argc, char **argv)
{
    if (argc != 3)
        return 2;
    auto out = open_spool(argv[1], argv[2]);
    out << "queued\n";
    return out ? 0 : 1;
}
