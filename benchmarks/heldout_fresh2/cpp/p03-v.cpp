// Crow service: GET /thumb?name=<image>&w=<width> makes a thumbnail with ImageMagick.
#include <crow.h>
#include <cstdlib>
#include <string>

int main() {
    crow::SimpleApp app;

    CROW_ROUTE(app, "/thumb")([](const crow::request& req) {
        const char* name = req.url_params.get("name");
        const char* w = req.url_params.get("w");
        if (!name || !w) return crow::response(400, "name and w required");

        std::string out = std::string("/srv/thumbs/") + name;
        std::string cmd = std::string("convert /srv/images/") + name + " -resize " + w +
                          "x " + out;
        if (std::system(cmd.c_str()) != 0)
            return crow::response(500, "conversion failed");
        crow::response res;
        res.set_static_file_info(out);
        return res;
    });

    app.port(8080).multithreaded().run();
}
