#include <cstdio>
#include <fstream>
#include <string>

std::ofstream open_spool(const std::string &user, const std::string &msg_id)
{
    char path[64];
    std::sprintf(path, "/var/spool/mailq/%s/%s.msg", user.c_str(), msg_id.c_str());
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
