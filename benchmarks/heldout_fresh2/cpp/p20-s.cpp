// Issue a signed session JWT (jwt-cpp) after the user has logged in.
#include <jwt-cpp/jwt.h>
#include <chrono>
#include <cstdlib>
#include <stdexcept>
#include <string>

class TokenIssuer {
public:
    TokenIssuer() : secret_(load_secret()) {}

    std::string issue(const std::string& user_id, const std::string& role) const {
        auto now = std::chrono::system_clock::now();
        return jwt::create()
            .set_issuer("auth.example.com")
            .set_subject(user_id)
            .set_payload_claim("role", jwt::claim(role))
            .set_issued_at(now)
            .set_expires_at(now + std::chrono::hours(8))
            .sign(jwt::algorithm::hs256{secret_});
    }

    bool valid(const std::string& token) const {
        try {
            jwt::verify().allow_algorithm(jwt::algorithm::hs256{secret_})
                .with_issuer("auth.example.com").verify(jwt::decode(token));
            return true;
        } catch (const std::exception&) {
            return false;
        }
    }

private:
    static std::string load_secret() {
        const char* s = std::getenv("JWT_SIGNING_KEY");
        if (!s || std::string(s).size() < 32)
            throw std::runtime_error("JWT_SIGNING_KEY must be set (32+ chars)");
        return s;
    }
    std::string secret_;
};
