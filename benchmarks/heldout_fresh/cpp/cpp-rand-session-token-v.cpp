#include <chrono>
#include <random>
#include <string>

std::string make_session_token()
{
    static const char hex[] = "0123456789abcdef";
    std::mt19937 gen(static_cast<unsigned>(
        std::chrono::system_clock::now().time_since_epoch().count()));
    std::uniform_int_distribution<int> dist(0, 15);
    std::string token;
    for (int i = 0; i < 32; ++i)
        token += hex[dist(gen)];
    return token;
}
