#include <httplib.h>
#include <fstream>
#include <regex>
#include <string>

static std::string pattern_for(const std::string &term)
{
    static const std::regex special(R"([.^$|()\[\]{}*+?\\/-])");
    return std::regex_replace(term, special, R"(\$&)");
}

void register_grep(httplib::Server &svr)
{
    svr.Get("/grep", [](const httplib::Request &req, httplib::Response &res) {
        const std::string term = req.get_param_value("term");
        if (term.empty() || term.size() > 100) {
            res.status = 400;
            return;
        }
        std::regex re(pattern_for(term), std::regex::icase);
        std::ifstream in("CHANGELOG.md");
        std::string line, out;
        while (std::getline(in, line))
            if (std::regex_search(line, re))
                out += line + "\n";
        res.set_content(out, "text/plain");
    });
}
