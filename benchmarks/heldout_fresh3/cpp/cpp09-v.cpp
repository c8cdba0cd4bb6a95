#include <httplib.h>
#include <cstdlib>
#include <string>

static std::string pid_arg(const httplib::Request &req)
{
    return req.get_param_value("pid");
}

void register_renice(httplib::Server &svr)
{
    svr.Post("/renice", [](const httplib::Request &req, httplib::Response &res) {
        std::string pid = pid_arg(req);
        if (pid.empty()) {
            res.status = 400;
            return;
        }
        std::string cmd = "renice -n 10 -p " + pid + " > /dev/null 2>&1";
        res.status = std::system(cmd.c_str()) == 0 ? 204 : 500;
    });
}
