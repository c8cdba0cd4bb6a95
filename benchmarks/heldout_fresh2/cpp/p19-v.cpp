// Forum backend: hash passwords on sign-up (stored as "salt$hexdigest") and verify them at login.
#include <openssl/rand.h>
#include <openssl/sha.h>
#include <cstdio>
#include <string>

namespace auth {

static std::string to_hex(const unsigned char* p, std::size_t n) {
    std::string s(n * 2, '0');
    for (std::size_t i = 0; i < n; ++i) std::snprintf(&s[i * 2], 3, "%02x", p[i]);
    return s;
}

std::string hash_password(const std::string& password) {
    unsigned char salt[8];
    RAND_bytes(salt, sizeof salt);
    std::string salt_hex = to_hex(salt, sizeof salt);
    std::string input = salt_hex + password;
    unsigned char md[SHA_DIGEST_LENGTH];
    SHA1(reinterpret_cast<const unsigned char*>(input.data()), input.size(), md);
    return salt_hex + "$" + to_hex(md, sizeof md);
}

bool verify_password(const std::string& password, const std::string& stored) {
    auto dollar = stored.find('$');
    if (dollar == std::string::npos) return false;
    std::string input = stored.substr(0, dollar) + password;
    unsigned char md[SHA_DIGEST_LENGTH];
    SHA1(reinterpret_cast<const unsigned char*>(input.data()), input.size(), md);
    return stored.substr(dollar + 1) == to_hex(md, sizeof md);
}

}  // namespace auth
