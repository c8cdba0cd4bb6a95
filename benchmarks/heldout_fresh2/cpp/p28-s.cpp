// Crow: GET /logs/search?term=... returns the lines of today's log that contain the term.
#include <crow.h>
#include <cstring>
#include <fstream>
#include <regex>
#include <string>

static std::string regex_escape(const std::string& s) {
    static const std::string special = R"(\^$.|?*+()[]{}/-)";
    std::string out;
    for (char c : s) {
        if (special.find(c) != std::string::npos) out += '\\';
        out += c;
    }
    return out;
}

static std::string grep_log(const std::string& path, const std::string& term) {
    const std::regex pattern(regex_escape(term), std::regex::icase);
    std::ifstream in(path);
    std::string line, out;
    while (std::getline(in, line))
        if (std::regex_search(line, pattern)) out += line + "\n";
    return out;
}

void add_log_search(crow::SimpleApp& app) {
    CROW_ROUTE(app, "/logs/search")([](const crow::request& req) {
        const char* term = req.url_params.get("term");
        if (!term || !*term || std::strlen(term) > 100) return crow::response(400, "bad term");
        try {
            return crow::response(grep_log("/var/log/app/today.log", term));
        } catch (const std::regex_error&) {
            return crow::response(400, "bad term");
        }
    });
}
