// Forum backend: hash passwords on sign-up (stored as an argon2id encoded string) and verify them.
#include <argon2.h>
#include <openssl/rand.h>
#include <stdexcept>
#include <string>

namespace auth {

constexpr uint32_t kTimeCost = 3;
constexpr uint32_t kMemoryKiB = 64 * 1024;
constexpr uint32_t kLanes = 1;

std::string hash_password(const std::string& password) {
    unsigned char salt[16];
    if (RAND_bytes(salt, sizeof salt) != 1) throw std::runtime_error("no randomness");
    char encoded[128];
    int rc = argon2id_hash_encoded(kTimeCost, kMemoryKiB, kLanes, password.data(),
                                   password.size(), salt, sizeof salt, 32, encoded,
                                   sizeof encoded);
    if (rc != ARGON2_OK) throw std::runtime_error(argon2_error_message(rc));
    return encoded;
}

bool verify_password(const std::string& password, const std::string& stored) {
    return argon2id_verify(stored.c_str(), password.data(), password.size()) == ARGON2_OK;
}

}  // namespace auth
