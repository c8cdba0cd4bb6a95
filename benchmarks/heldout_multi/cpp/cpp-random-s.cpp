#include <openssl/rand.h>
#include <string>

std::string reset_code() {
    unsigned char bytes[8];
    if (RAND_bytes(bytes, sizeof bytes) != 1) return {};
    std::string code;
    for (unsigned char b : bytes) code += static_cast<char>('0' + b % 10);
    return code;
}
