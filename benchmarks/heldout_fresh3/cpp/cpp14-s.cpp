#include <openssl/rand.h>
#include <cstdint>
#include <random>
#include <stdexcept>
#include <string>

class ResetCodes {
public:
    ResetCodes() = default;

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
        unsigned char b;
        do {
            if (RAND_bytes(&b, 1) != 1)
                throw std::runtime_error("RAND_bytes failed");
        } while (b >= 250);
        return b % 10;
    }
};
