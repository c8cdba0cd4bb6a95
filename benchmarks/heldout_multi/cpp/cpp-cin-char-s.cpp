#include <iostream>
#include <string>

int main() {
    std::string code;
    std::cout << "code: ";
    std::cin >> code;
    std::cout << (code == "A100" ? "found" : "unknown") << '\n';
}
