#include <curl/curl.h>
#include <map>
#include <string>

static size_t collect(char *p, size_t s, size_t n, void *out) {
    static_cast<std::string *>(out)->append(p, s * n);
    return s * n;
}

static const std::map<std::string, std::string> kSources = {
    {"weather", "https://api.weather.example.com/today"}, {"rates", "https://rates.example.com/latest"}};

std::string fetch_for_client(const std::string &source_param) {
    auto it = kSources.find(source_param);
    if (it == kSources.end()) return {};
    std::string body;
    CURL *c = curl_easy_init();
    curl_easy_setopt(c, CURLOPT_URL, it->second.c_str());
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &body);
    curl_easy_perform(c);
    curl_easy_cleanup(c);
    return body;
}
