#include <cstdlib>
#include <string>

class ApiClient {
public:
    ApiClient() : key_(std::getenv("API_KEY") ? std::getenv("API_KEY") : "") {}
    std::string auth_header() const { return "X-Api-Key: " + key_; }
private:
    std::string key_;
};
