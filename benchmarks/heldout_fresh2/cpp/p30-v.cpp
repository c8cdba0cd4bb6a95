// Internal dashboard helper: list the last commits by an author in the deployed repository.
#include <array>
#include <cstdio>
#include <memory>
#include <string>

std::string commits_by(const std::string& author) {
    std::string cmd = "git -C /srv/app log -n 20 --format='%h %s' --author=\"" + author + "\"";
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(cmd.c_str(), "r"), pclose);
    if (!pipe) return "error";
    std::array<char, 256> buf{};
    std::string out;
    while (std::fgets(buf.data(), buf.size(), pipe.get())) out += buf.data();
    return out;
}

// called by the dashboard's HTTP handler with the ?author= query parameter
std::string handle_commits(const std::string& author_param) {
    if (author_param.empty()) return "author required";
    return commits_by(author_param);
}
