#include <httplib.h>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

static const fs::path DOCS_ROOT = fs::absolute("docs");

void register_docs(httplib::Server &svr)
{
    svr.Get(R"(/docs/(.+))", [](const httplib::Request &req, httplib::Response &res) {
        fs::path target = fs::weakly_canonical(DOCS_ROOT / req.matches[1].str());
        const fs::path root = fs::weakly_canonical(DOCS_ROOT);
        auto rel = target.lexically_relative(root);
        if (rel.empty() || *rel.begin() == ".." || rel.is_absolute()) {
            res.status = 404;
            return;
        }
        std::ifstream in(target, std::ios::binary);
        if (!in) {
            res.status = 404;
            return;
        }
        std::ostringstream ss;
        ss << in.rdbuf();
        res.set_content(ss.str(), "text/markdown");
    });
}
