// cpp-httplib: record which client app made each API call, for per-client quotas.
#include <httplib.h>
#include <cstring>
#include <mutex>
#include <unordered_map>

struct ClientTag {
    char app[48];
    char version[16];
};

static void parse_client_header(const std::string& header, ClientTag& tag) {
    // header looks like "AppName/1.2.3"
    const char* raw = header.c_str();
    const char* slash = std::strchr(raw, '/');
    std::memset(&tag, 0, sizeof tag);
    if (slash) {
        std::memcpy(tag.app, raw, static_cast<std::size_t>(slash - raw));
        std::strcpy(tag.version, slash + 1);
    } else {
        std::strcpy(tag.app, raw);
    }
}

void install(httplib::Server& svr, std::unordered_map<std::string, long>& calls, std::mutex& m) {
    svr.set_pre_routing_handler([&](const httplib::Request& req, httplib::Response&) {
        ClientTag tag;
        parse_client_header(req.get_header_value("X-Client"), tag);
        std::lock_guard<std::mutex> lk(m);
        ++calls[tag.app];
        return httplib::Server::HandlerResponse::Unhandled;
    });
}
