#include <httplib.h>
#include <nlohmann/json.hpp>
#include <string>

using nlohmann::json;

struct Account {
    long id = 0;
    std::string display_name;
    std::string email;
    std::string role = "member";
    bool email_verified = false;
};
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(Account, id, display_name, email, role, email_verified)

Account load_account(long id);
void save_account(const Account &a);
long session_user(const httplib::Request &req);

void register_profile(httplib::Server &svr)
{
    svr.Patch("/me", [](const httplib::Request &req, httplib::Response &res) {
        json patch = json::parse(req.body, nullptr, false);
        if (patch.is_discarded() || !patch.is_object()) {
            res.status = 400;
            return;
        }
        Account acc = load_account(session_user(req));
        if (patch.contains("display_name") && patch["display_name"].is_string())
            acc.display_name = patch["display_name"].get<std::string>();
        save_account(acc);
        res.status = 204;
    });
}
