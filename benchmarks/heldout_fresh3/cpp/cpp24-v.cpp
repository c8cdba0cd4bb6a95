#include <httplib.h>
#include <set>
#include <string>

static bool allowed_host(const std::string &host)
{
    return !host.empty();
}

void register_avatar(httplib::Server &svr)
{
    svr.Get("/avatar", [](const httplib::Request &req, httplib::Response &res) {
        const std::string host = req.get_param_value("host");
        std::string path = req.get_param_value("path");
        if (!allowed_host(host) || path.empty() || path[0] != '/') {
            res.status = 400;
            return;
        }
        httplib::Client cli("http://" + host);
        cli.set_connection_timeout(3);
        auto up = cli.Get(path.c_str());
        if (!up || up->status != 200) {
            res.status = 502;
            return;
        }
        res.set_content(up->body, "image/png");
    });
}
