#include <openssl/rand.h>
#include <string>

class TokenIssuer {
public:
    std::string issue() {
        static const char hex[] = "0123456789abcdef";
        unsigned char raw[16];
        if (RAND_bytes(raw, sizeof raw) != 1) return {};
        std::string t;
        for (unsigned char b : raw) { t += hex[b >> 4]; t += hex[b & 15]; }
        return t;
    }
};
