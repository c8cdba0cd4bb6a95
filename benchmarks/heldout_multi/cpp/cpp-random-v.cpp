#include <cstdlib>
#include <ctime>
#include <string>

std::string reset_code() {
    std::srand(static_cast<unsigned>(std::time(nullptr)));
    std::string code;
    for (int i = 0; i < 8; ++i) code += static_cast<char>('0' + std::rand() % 10);
    return code;
}
