// cpp-httplib + libcurl: POST /webhooks/test sends a test event to the URL the user registered.
#include <curl/curl.h>
#include <httplib.h>
#include <string>

static size_t collect(char* p, size_t sz, size_t n, void* ud) {
    static_cast<std::string*>(ud)->append(p, sz * n);
    return sz * n;
}

struct Delivery { long status = 0; std::string body; };

static Delivery deliver(const std::string& url, const std::string& event) {
    Delivery d;
    CURL* c = curl_easy_init();
    curl_easy_setopt(c, CURLOPT_URL, url.c_str());
    curl_easy_setopt(c, CURLOPT_POSTFIELDS, event.c_str());
    curl_easy_setopt(c, CURLOPT_TIMEOUT, 10L);
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &d.body);
    if (curl_easy_perform(c) == CURLE_OK)
        curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &d.status);
    curl_easy_cleanup(c);
    return d;
}

void install(httplib::Server& svr) {
    svr.Post("/webhooks/test", [](const httplib::Request& req, httplib::Response& res) {
        std::string target = req.get_param_value("url");
        Delivery d = deliver(target, R"({"type":"ping"})");
        res.set_content("status " + std::to_string(d.status) + "\n" + d.body, "text/plain");
    });
}
