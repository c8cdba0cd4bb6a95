// Crow: GET /logs/search?term=... returns the lines of today's log that contain the term.
#include <crow.h>
#include <fstream>
#include <regex>
#include <string>

static std::string grep_log(const std::string& path, const std::string& term) {
    const std::regex pattern(term, std::regex::icase);
    std::ifstream in(path);
    std::string line, out;
    while (std::getline(in, line))
        if (std::regex_search(line, pattern)) out += line + "\n";
    return out;
}

void add_log_search(crow::SimpleApp& app) {
    CROW_ROUTE(app, "/logs/search")([](const crow::request& req) {
        const char* term = req.url_params.get("term");
        if (!term || !*term) return crow::response(400, "term required");
        try {
            return crow::response(grep_log("/var/log/app/today.log", term));
        } catch (const std::regex_error&) {
            return crow::response(400, "bad term");
        }
    });
}
