// cpp-httplib: record which client app made each API call, for per-client quotas.
#include <httplib.h>
#include <algorithm>
#include <cstring>
#include <mutex>
#include <unordered_map>

struct ClientTag {
    char app[48];
    char version[16];
};

static void copy_bounded(char* dst, std::size_t cap, const char* src, std::size_t len) {
    len = std::min(len, cap - 1);
    std::memcpy(dst, src, len);
    dst[len] = '\0';
}

static void parse_client_header(const std::string& header, ClientTag& tag) {
    // header looks like "AppName/1.2.3"
    const char* raw = header.c_str();
    const char* slash = std::strchr(raw, '/');
    std::memset(&tag, 0, sizeof tag);
    if (slash) {
        copy_bounded(tag.app, sizeof tag.app, raw, static_cast<std::size_t>(slash - raw));
        copy_bounded(tag.version, sizeof tag.version, slash + 1, std::strlen(slash + 1));
    } else {
        copy_bounded(tag.app, sizeof tag.app, raw, header.size());
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
