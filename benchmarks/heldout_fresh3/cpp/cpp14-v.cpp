#include <chrono>
#include <cstdint>
#include <random>
#include <stdexcept>
#include <string>

class ResetCodes {
public:
    ResetCodes()
        : rng_(static_cast<uint32_t>(
              std::chrono::system_clock::now().time_since_epoch().count())) {}

    std::string next()
    {
        std::string code;
        for (int i = 0; i < 8; ++i)
            code.push_back(static_cast<char>('0' + digit()));
        return code;
    }

private:
    int digit()
    {
        std::uniform_int_distribution<int> d(0, 9);
        return d(rng_);
    }

    std::mt19937 rng_;
};
