#include <cstring>
#include <iostream>

class Device {
public:
    explicit Device(const char *label) {
        std::strncpy(label_, label, sizeof(label_) - 1);
        label_[sizeof(label_) - 1] = '\0';
    }
    void print() const { std::cout << label_ << '\n'; }
private:
    char label_[24];
};

int main(int argc, char **argv) {
    if (argc < 2) return 1;
    Device d(argv[1]);
    d.print();
}
