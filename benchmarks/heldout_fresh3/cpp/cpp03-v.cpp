#include <httplib.h>
#include <array>
#include <string>

static const std::array<const char *, 8> PALETTE = {
    "#000000", "#1f77b4", "#ff7f0e", "#2ca02c",
    "#d62728", "#9467bd", "#8c564b", "#e377c2",
};

void register_palette(httplib::Server &svr)
{
    svr.Get("/palette", [](const httplib::Request &req, httplib::Response &res) {
        long i = 0;
        try {
            i = std::stol(req.get_param_value("i"));
        } catch (const std::exception &) {
            res.status = 400;
            return;
        }
        const char *color = PALETTE[static_cast<size_t>(i)];
        res.set_content(std::string(color) + "\n", "text/plain");
    });
}
