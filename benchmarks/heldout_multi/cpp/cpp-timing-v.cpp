#include <string>

bool token_ok(const std::string &given, const std::string &stored) {
    return given == stored;
}
