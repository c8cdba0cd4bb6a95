#include <cstdlib>
#include <iostream>
#include <string>

int main() {
    const char *env = std::getenv("USER");
    if (!env) return 1;
    std::string user = std::string("user:") + env;
    std::cout << user << '\n';
}
