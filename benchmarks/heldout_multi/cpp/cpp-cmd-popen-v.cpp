#include <cstdio>
#include <string>

class GitInfo {
public:
    explicit GitInfo(std::string rev) : rev_(std::move(rev)) {}
    std::string author() const {
        std::string cmd = "git log -1 --format=%an " + rev_;
        FILE *p = popen(cmd.c_str(), "r");
        char buf[256] = {0};
        if (p) { fgets(buf, sizeof buf, p); pclose(p); }
        return buf;
    }
private:
    std::string rev_;
};

int main(int argc, char **argv) {
    if (argc > 1) std::puts(GitInfo(argv[1]).author().c_str());
}
