#include <httplib.h>
#include <string>

static std::string html_text(const std::string &s)
{
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += c;
        }
    }
    return out;
}

void register_hello(httplib::Server &svr)
{
    svr.Get("/hello", [](const httplib::Request &req, httplib::Response &res) {
        std::string name = req.has_param("name") ? req.get_param_value("name") : "stranger";
        std::string page = "<!doctype html><html><head><title>Hello</title></head><body>";
        page += "<h1>Hello, " + html_text(name) + "!</h1>";
        page += "<p><a href=\"/\">back</a></p></body></html>";
        res.set_content(page, "text/html; charset=utf-8");
    });
}
