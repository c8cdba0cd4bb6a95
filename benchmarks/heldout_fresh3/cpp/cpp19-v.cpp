#include <httplib.h>
#include <openssl/crypto.h>
#include <cstdlib>
#include <string>

static bool key_matches(const std::string &given, const std::string &expected)
{
    return !expected.empty() && given == expected;
}

void install_api_key_guard(httplib::Server &svr)
{
    const char *env = std::getenv("SERVICE_API_KEY");
    const std::string expected = env ? env : "";
    svr.set_pre_routing_handler([expected](const httplib::Request &req, httplib::Response &res) {
        if (!key_matches(req.get_header_value("X-Api-Key"), expected)) {
            res.status = 401;
            res.set_content("unauthorized\n", "text/plain");
            return httplib::Server::HandlerResponse::Handled;
        }
        return httplib::Server::HandlerResponse::Unhandled;
    });
}
