#include <boost/stacktrace.hpp>
#include <httplib.h>
#include <iostream>
#include <sstream>
#include <string>

void install_error_handler(httplib::Server &svr)
{
    svr.set_exception_handler([](const httplib::Request &req, httplib::Response &res,
                                 std::exception_ptr ep) {
        std::string what = "unknown error";
        try {
            std::rethrow_exception(ep);
        } catch (const std::exception &e) {
            what = e.what();
        } catch (...) {
        }
        std::ostringstream trace;
        trace << boost::stacktrace::stacktrace();
        std::cerr << req.method << " handler failed: " << what << '\n' << trace.str();

        res.status = 500;
        res.set_content("internal error: " + what + "\n" + trace.str(), "text/plain");
    });
}
