// Password reset: create a one-time reset token and store it with an expiry.
#include <openssl/rand.h>
#include <chrono>
#include <stdexcept>
#include <string>

extern void store_reset_token(const std::string& email, const std::string& token,
                              std::chrono::system_clock::time_point expires);

std::string make_token(std::size_t len = 32) {
    static const char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";  // 64 symbols
    std::string raw(len, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(raw.data()), static_cast<int>(len)) != 1)
        throw std::runtime_error("RAND_bytes failed");
    std::string token;
    token.reserve(len);
    for (unsigned char b : raw) token += alphabet[b & 63];
    return token;
}

std::string start_password_reset(const std::string& email) {
    std::string token = make_token();
    store_reset_token(email, token, std::chrono::system_clock::now() + std::chrono::minutes(30));
    return "https://app.example.com/reset?token=" + token;
}
