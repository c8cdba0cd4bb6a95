#include <cstdlib>
#include <cstring>
#include <iostream>

int main() {
    char user[32];
    const char *env = std::getenv("USER");
    if (!env) return 1;
    std::strcat(std::strcpy(user, "user:"), env);
    std::cout << user << '\n';
}
