// Internal dashboard helper: list the last commits by an author in the deployed repository.
#include <array>
#include <cstdio>
#include <memory>
#include <string>

std::string commits_by(const std::string& author) {
    // the shell command is constant; the author filter is applied here, not by git
    std::string cmd = "git -C /srv/app log -n 500 --format='%h %an|%s'";
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(cmd.c_str(), "r"), pclose);
    if (!pipe) return "error";
    std::array<char, 256> buf{};
    std::string out;
    int shown = 0;
    while (shown < 20 && std::fgets(buf.data(), buf.size(), pipe.get())) {
        std::string line = buf.data();
        auto bar = line.find('|');
        auto sp = line.find(' ');
        if (bar == std::string::npos || sp == std::string::npos || sp > bar) continue;
        if (line.compare(sp + 1, bar - sp - 1, author) != 0) continue;
        out += line.substr(0, sp) + line.substr(bar);
        ++shown;
    }
    return out;
}

// called by the dashboard's HTTP handler with the ?author= query parameter
std::string handle_commits(const std::string& author_param) {
    if (author_param.empty()) return "author required";
    return commits_by(author_param);
}
