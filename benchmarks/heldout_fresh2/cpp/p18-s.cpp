// UserStore: register users and check logins; password hashes are kept in the users table.
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <array>
#include <stdexcept>
#include <string>
#include <unordered_map>

class UserStore {
public:
    void register_user(const std::string& name, const std::string& password) {
        Record r;
        if (RAND_bytes(r.salt.data(), static_cast<int>(r.salt.size())) != 1)
            throw std::runtime_error("no randomness");
        r.key = derive(password, r.salt);
        records_[name] = r;
    }

    bool check_login(const std::string& name, const std::string& password) const {
        auto it = records_.find(name);
        if (it == records_.end()) return false;
        auto key = derive(password, it->second.salt);
        return CRYPTO_memcmp(key.data(), it->second.key.data(), key.size()) == 0;
    }

private:
    struct Record { std::array<unsigned char, 16> salt{}; std::array<unsigned char, 32> key{}; };

    static std::array<unsigned char, 32> derive(const std::string& pw,
                                                const std::array<unsigned char, 16>& salt) {
        std::array<unsigned char, 32> out{};
        PKCS5_PBKDF2_HMAC(pw.data(), static_cast<int>(pw.size()), salt.data(),
                          static_cast<int>(salt.size()), 310000, EVP_sha256(),
                          static_cast<int>(out.size()), out.data());
        return out;
    }

    std::unordered_map<std::string, Record> records_;
};
