#include <cstdlib>
#include <iostream>
#include <string>

int main() {
    std::string file;
    std::getline(std::cin, file);
    std::string cmd = "gzip -k " + file;
    return std::system(cmd.c_str());
}
