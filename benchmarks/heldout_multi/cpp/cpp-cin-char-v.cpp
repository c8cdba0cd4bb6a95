#include <cstring>
#include <iostream>

int main() {
    char code[10];
    std::cout << "code: ";
    std::cin >> code;
    std::cout << (std::strcmp(code, "A100") == 0 ? "found" : "unknown") << '\n';
}
