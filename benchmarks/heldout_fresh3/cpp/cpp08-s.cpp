#include <httplib.h>
#include <boost/process.hpp>
#include <string>

static const std::string UPLOADS = "/srv/uploads/";
static const std::string THUMBS = "/srv/thumbs/";

static bool plain_name(const std::string &n)
{
    return !n.empty() && n[0] != '.' && n.find('/') == std::string::npos;
}

void register_thumb(httplib::Server &svr)
{
    svr.Get("/thumb", [](const httplib::Request &req, httplib::Response &res) {
        const std::string file = req.get_param_value("file");
        if (!plain_name(file)) {
            res.status = 400;
            return;
        }
        namespace bp = boost::process;
        int rc = bp::system(bp::search_path("convert"), UPLOADS + file,
                            "-resize", "128x128", THUMBS + file + ".png");
        res.status = rc == 0 ? 201 : 500;
    });
}
