// Crow service: GET /thumb?name=<image>&w=<width> makes a thumbnail with ImageMagick.
#include <crow.h>
#include <cstdlib>
#include <regex>
#include <string>

int main() {
    crow::SimpleApp app;
    static const std::regex kName("[A-Za-z0-9_-]{1,64}\\.(png|jpg)");

    CROW_ROUTE(app, "/thumb")([](const crow::request& req) {
        const char* name = req.url_params.get("name");
        const char* w = req.url_params.get("w");
        if (!name || !w) return crow::response(400, "name and w required");
        if (!std::regex_match(name, kName)) return crow::response(400, "bad name");
        char* end = nullptr;
        long width = std::strtol(w, &end, 10);
        if (*end != '\0' || width < 16 || width > 1024) return crow::response(400, "bad width");

        std::string out = std::string("/srv/thumbs/") + name;
        std::string cmd = std::string("convert /srv/images/") + name + " -resize " +
                          std::to_string(width) + "x " + out;
        if (std::system(cmd.c_str()) != 0)
            return crow::response(500, "conversion failed");
        crow::response res;
        res.set_static_file_info(out);
        return res;
    });

    app.port(8080).multithreaded().run();
}
