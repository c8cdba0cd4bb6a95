#include <httplib.h>
#include <jwt-cpp/jwt.h>
#include <cstdlib>
#include <optional>
#include <string>

std::optional<std::string> current_user(const httplib::Request &req)
{
    const std::string auth = req.get_header_value("Authorization");
    const std::string prefix = "Bearer ";
    if (auth.compare(0, prefix.size(), prefix) != 0)
        return std::nullopt;
    const char *secret = std::getenv("JWT_SECRET");
    if (!secret || !*secret)
        return std::nullopt;
    try {
        auto decoded = jwt::decode(auth.substr(prefix.size()));
        if (!decoded.has_subject())
            return std::nullopt;
        return decoded.get_subject();
    } catch (const std::exception &) {
        return std::nullopt;
    }
}
