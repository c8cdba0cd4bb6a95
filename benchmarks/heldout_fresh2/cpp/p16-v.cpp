// Password reset: create a one-time reset token and store it with an expiry.
#include <chrono>
#include <random>
#include <string>

extern void store_reset_token(const std::string& email, const std::string& token,
                              std::chrono::system_clock::time_point expires);

std::string make_token(std::size_t len = 32) {
    static const char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    static std::mt19937 gen(static_cast<unsigned>(
        std::chrono::system_clock::now().time_since_epoch().count()));
    std::uniform_int_distribution<std::size_t> pick(0, sizeof(alphabet) - 2);
    std::string token;
    token.reserve(len);
    for (std::size_t i = 0; i < len; ++i) token += alphabet[pick(gen)];
    return token;
}

std::string start_password_reset(const std::string& email) {
    std::string token = make_token();
    store_reset_token(email, token, std::chrono::system_clock::now() + std::chrono::minutes(30));
    return "https://app.example.com/reset?token=" + token;
}
