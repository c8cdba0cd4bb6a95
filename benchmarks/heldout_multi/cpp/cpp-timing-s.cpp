#include <openssl/crypto.h>
#include <string>

bool token_ok(const std::string &given, const std::string &stored) {
    return given.size() == stored.size() && CRYPTO_memcmp(given.data(), stored.data(), stored.size()) == 0;
}
