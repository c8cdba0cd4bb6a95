#include <httplib.h>
#include <cstdio>
#include <string>

extern "C" int legacy_connect(const char *endpoint);

void register_connect(httplib::Server &svr)
{
    svr.Get("/connect", [](const httplib::Request &req, httplib::Response &res) {
        std::string host = req.get_param_value("host");
        int port = 0;
        try {
            port = std::stoi(req.get_param_value("port"));
        } catch (const std::exception &) {
            res.status = 400;
            return;
        }
        char endpoint[64];
        std::sprintf(endpoint, "%s:%d", host.c_str(), port);
        int rc = legacy_connect(endpoint);
        res.set_content(rc == 0 ? "connected\n" : "failed\n", "text/plain");
    });
}
