#include <httplib.h>
#include <string>

static std::string redirect_target(const httplib::Request &req)
{
    std::string to = req.get_param_value("return_to");
    if (to.empty())
        return "/";
    return to;
}

void register_logout(httplib::Server &svr)
{
    svr.Get("/logout", [](const httplib::Request &req, httplib::Response &res) {
        res.set_header("Set-Cookie", "sid=; Path=/; Max-Age=0; Secure; HttpOnly; SameSite=Lax");
        res.set_redirect(redirect_target(req), 303);
    });
}
