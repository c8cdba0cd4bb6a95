#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <array>
#include <stdexcept>
#include <string>

struct Stored {
    std::array<unsigned char, 16> salt;
    std::array<unsigned char, 32> key;
};

class PasswordHasher {
public:
    Stored hash(const std::string &pw) const
    {
        Stored s{};
        if (RAND_bytes(s.salt.data(), static_cast<int>(s.salt.size())) != 1)
            throw std::runtime_error("rng");
        derive(pw, s.salt, s.key);
        return s;
    }

    bool verify(const std::string &pw, const Stored &s) const
    {
        std::array<unsigned char, 32> k{};
        derive(pw, s.salt, k);
        return CRYPTO_memcmp(k.data(), s.key.data(), k.size()) == 0;
    }

private:
    static void derive(const std::string &pw, const std::array<unsigned char, 16> &salt,
                       std::array<unsigned char, 32> &out)
    {
        std::string salted(reinterpret_cast<const char *>(salt.data()), salt.size());
        salted += pw;
        unsigned int len = 0;
        if (EVP_Digest(salted.data(), salted.size(), out.data(), &len, EVP_md5(), nullptr) != 1)
            throw std::runtime_error("digest");
    }
};
