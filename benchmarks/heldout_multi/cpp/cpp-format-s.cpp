#include <cstdio>
#include <string>

void show_status(const std::string &msg) {
    std::printf("%s\n", msg.c_str());
}

int main(int argc, char **argv) {
    if (argc > 1) show_status(argv[1]);
}
