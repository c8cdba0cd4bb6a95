// cpp-httplib middleware: route requests for tenant sub-domains by the Host header.
#include <httplib.h>
#include <string>
#include <string_view>
#include <unordered_map>

class TenantRouter {
public:
    explicit TenantRouter(std::unordered_map<std::string, int> ids) : ids_(std::move(ids)) {}

    int tenant_for(const httplib::Request& req) const {
        const std::string host_value = req.get_header_value("Host");
        std::string_view host = host_value;
        auto dot = host.find('.');
        std::string_view sub = host.substr(0, dot);
        auto it = ids_.find(std::string(sub));
        return it == ids_.end() ? -1 : it->second;
    }

private:
    std::unordered_map<std::string, int> ids_;
};

void install(httplib::Server& svr, const TenantRouter& router) {
    svr.set_pre_routing_handler([&router](const httplib::Request& req, httplib::Response& res) {
        if (router.tenant_for(req) < 0) {
            res.status = 404;
            res.set_content("unknown tenant", "text/plain");
            return httplib::Server::HandlerResponse::Handled;
        }
        return httplib::Server::HandlerResponse::Unhandled;
    });
}
