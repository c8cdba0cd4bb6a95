#include <cstring>
#include <stdexcept>
#include <string>

extern "C" {
struct driver_target {
    char hostname[32];
    unsigned short port;
};
int driver_open(const struct driver_target *t);
}

// host and port arrive in the PUT /target request body
int open_target(const std::string &host, unsigned short port)
{
    driver_target t{};
    if (host.empty() || host.size() > sizeof t.hostname)
        throw std::invalid_argument("hostname too long");
    std::memcpy(t.hostname, host.data(), host.size());
    t.hostname[host.size()] = '\0';
    t.port = port;
    return driver_open(&t);
}
