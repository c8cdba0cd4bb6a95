// Drogon: GET /docs?file=<name> serves a document from the shared documents folder.
#include <drogon/drogon.h>
#include <filesystem>

namespace fs = std::filesystem;
using namespace drogon;

static const fs::path kDocRoot{"/srv/shared/docs"};

static fs::path doc_path(const std::string& name) {
    return kDocRoot / name;
}

int main() {
    app().registerHandler(
        "/docs",
        [](const HttpRequestPtr& req, std::function<void(const HttpResponsePtr&)>&& callback) {
            const std::string name = req->getParameter("file");
            fs::path p = doc_path(name);
            if (!fs::is_regular_file(p)) {
                auto resp = HttpResponse::newHttpResponse();
                resp->setStatusCode(k404NotFound);
                callback(resp);
                return;
            }
            callback(HttpResponse::newFileResponse(p.string()));
        },
        {Get});
    app().addListener("0.0.0.0", 8080).run();
}
