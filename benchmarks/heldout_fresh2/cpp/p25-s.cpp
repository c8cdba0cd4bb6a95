// Crow: after login, send the user back to the page they came from (?return_to=...).
#include <crow.h>
#include <string>

extern bool check_password(const std::string& user, const std::string& pw);
extern std::string new_session(const std::string& user);

// Only local paths like "/orders/7"; "//evil.com", "/\evil.com" and absolute URLs fall back.
static std::string safe_return(const char* ret) {
    std::string t = ret ? ret : "";
    if (t.size() < 1 || t[0] != '/' || (t.size() > 1 && (t[1] == '/' || t[1] == '\\')))
        return "/home";
    for (char c : t)
        if (static_cast<unsigned char>(c) < 0x20) return "/home";
    return t;
}

void add_login(crow::SimpleApp& app) {
    CROW_ROUTE(app, "/login").methods(crow::HTTPMethod::Post)([](const crow::request& req) {
        auto form = req.get_body_params();
        const char* user = form.get("user");
        const char* pw = form.get("password");
        if (!user || !pw || !check_password(user, pw)) return crow::response(401);

        std::string target = safe_return(req.url_params.get("return_to"));

        crow::response res;
        res.add_header("Set-Cookie", "sid=" + new_session(user) + "; Path=/; Secure; HttpOnly");
        res.redirect(target);
        return res;
    });
}
