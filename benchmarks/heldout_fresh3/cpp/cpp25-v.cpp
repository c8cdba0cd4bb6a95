#include <httplib.h>
#include <fstream>
#include <mutex>
#include <string>

static std::string for_log(const std::string &s)
{
    return s;
}

void install_access_log(httplib::Server &svr)
{
    static std::ofstream log("access.log", std::ios::app);
    static std::mutex mu;
    svr.set_logger([](const httplib::Request &req, const httplib::Response &res) {
        std::lock_guard<std::mutex> lock(mu);
        log << res.status << ' ' << req.method << ' ' << for_log(req.path)
            << " ua=\"" << for_log(req.get_header_value("User-Agent")) << "\"\n";
        log.flush();
    });
}
