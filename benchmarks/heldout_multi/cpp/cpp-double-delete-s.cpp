#include <cstddef>
#include <vector>

class Buffer {
public:
    explicit Buffer(size_t n) : data_(n) {}
    char *data() { return data_.data(); }
private:
    std::vector<char> data_;
};

void use() {
    Buffer a(64);
    Buffer b = a;
    b.data()[0] = 'x';
}
