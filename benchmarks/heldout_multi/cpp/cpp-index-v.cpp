#include <array>
#include <functional>
#include <iostream>

int main() {
    std::array<std::function<void()>, 3> actions = {
        [] { std::cout << "list\n"; }, [] { std::cout << "add\n"; }, [] { std::cout << "quit\n"; }};
    int choice;
    std::cin >> choice;
    actions[choice]();
}
