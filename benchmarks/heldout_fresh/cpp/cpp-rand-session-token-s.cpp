#include <stdexcept>
#include <string>
#include <sys/random.h>

std::string make_session_token()
{
    static const char hex[] = "0123456789abcdef";
    unsigned char raw[16];
    if (getrandom(raw, sizeof raw, 0) != static_cast<ssize_t>(sizeof raw))
        throw std::runtime_error("getrandom failed");
    std::string token;
    for (unsigned char b : raw) {
        token += hex[b >> 4];
        token += hex[b & 0x0F];
    }
    return token;
}
