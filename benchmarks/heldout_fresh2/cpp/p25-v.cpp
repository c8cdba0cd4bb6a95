// Crow: after login, send the user back to the page they came from (?return_to=...).
#include <crow.h>
#include <string>

extern bool check_password(const std::string& user, const std::string& pw);
extern std::string new_session(const std::string& user);

void add_login(crow::SimpleApp& app) {
    CROW_ROUTE(app, "/login").methods(crow::HTTPMethod::Post)([](const crow::request& req) {
        auto form = req.get_body_params();
        const char* user = form.get("user");
        const char* pw = form.get("password");
        if (!user || !pw || !check_password(user, pw)) return crow::response(401);

        const char* ret = req.url_params.get("return_to");
        std::string target = ret ? ret : "/home";

        crow::response res;
        res.add_header("Set-Cookie", "sid=" + new_session(user) + "; Path=/; Secure; HttpOnly");
        res.redirect(target);
        return res;
    });
}
