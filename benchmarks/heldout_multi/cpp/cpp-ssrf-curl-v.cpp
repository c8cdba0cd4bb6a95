#include <curl/curl.h>
#include <string>

static size_t collect(char *p, size_t s, size_t n, void *out) {
    static_cast<std::string *>(out)->append(p, s * n);
    return s * n;
}

std::string fetch_for_client(const std::string &url_param) {
    std::string body;
    CURL *c = curl_easy_init();
    curl_easy_setopt(c, CURLOPT_URL, url_param.c_str());
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &body);
    curl_easy_perform(c);
    curl_easy_cleanup(c);
    return body;
}
