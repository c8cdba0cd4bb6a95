#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <string>

namespace http = boost::beast::http;

http::response<http::string_body>
handle_preview(const http::request<http::string_body> &req)
{
    http::response<http::string_body> res{http::status::ok, req.version()};
    res.set(http::field::server, "preview/1.0");
    res.set(http::field::content_type, "text/html");

    std::string comment = req.body();
    if (comment.size() > 4000)
        comment.resize(4000);
    res.body() = "<div class=\"preview\">" + comment + "</div>";
    res.keep_alive(req.keep_alive());
    res.prepare_payload();
    return res;
}
