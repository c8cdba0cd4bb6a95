#include <string>

class ApiClient {
public:
    ApiClient() : key_("ak_live_9f8e7d6c5b4a39281706f5e4d3c2b1a0") {}
    std::string auth_header() const { return "X-Api-Key: " + key_; }
private:
    std::string key_;
};
