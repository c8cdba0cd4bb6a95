// Drogon: GET /docs?file=<name> serves a document from the shared documents folder.
#include <drogon/drogon.h>
#include <filesystem>
#include <optional>

namespace fs = std::filesystem;
using namespace drogon;

static const fs::path kDocRoot{"/srv/shared/docs"};

static std::optional<fs::path> doc_path(const std::string& name) {
    const fs::path root = fs::weakly_canonical(kDocRoot);
    const fs::path p = fs::weakly_canonical(root / name);
    auto rel = p.lexically_relative(root);
    if (rel.empty() || *rel.begin() == "..") return std::nullopt;
    return p;
}

int main() {
    app().registerHandler(
        "/docs",
        [](const HttpRequestPtr& req, std::function<void(const HttpResponsePtr&)>&& callback) {
            const std::string name = req->getParameter("file");
            auto p = doc_path(name);
            if (!p || !fs::is_regular_file(*p)) {
                auto resp = HttpResponse::newHttpResponse();
                resp->setStatusCode(k404NotFound);
                callback(resp);
                return;
            }
            callback(HttpResponse::newFileResponse(p->string()));
        },
        {Get});
    app().addListener("0.0.0.0", 8080).run();
}
