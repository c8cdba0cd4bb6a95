// Fetch the current exchange rates JSON from the provider over HTTPS with libcurl.
#include <curl/curl.h>
#include <stdexcept>
#include <string>

class RatesClient {
public:
    explicit RatesClient(std::string base) : base_(std::move(base)) {}

    std::string fetch(const std::string& currency) {
        std::string body;
        CURL* c = curl_easy_init();
        if (!c) throw std::runtime_error("curl init failed");
        std::string url = base_ + "/latest?base=" + currency;
        curl_easy_setopt(c, CURLOPT_URL, url.c_str());
        curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 0L);
        curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 0L);
        curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, &RatesClient::write_cb);
        curl_easy_setopt(c, CURLOPT_WRITEDATA, &body);
        CURLcode rc = curl_easy_perform(c);
        curl_easy_cleanup(c);
        if (rc != CURLE_OK) throw std::runtime_error(curl_easy_strerror(rc));
        return body;
    }

private:
    static size_t write_cb(char* p, size_t sz, size_t n, void* ud) {
        static_cast<std::string*>(ud)->append(p, sz * n);
        return sz * n;
    }
    std::string base_;
};
