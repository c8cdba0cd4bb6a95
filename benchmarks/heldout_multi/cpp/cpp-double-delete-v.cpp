#include <cstddef>

class Buffer {
public:
    explicit Buffer(size_t n) : data_(new char[n]), size_(n) {}
    ~Buffer() { delete[] data_; }
    char *data() { return data_; }
private:
    char *data_;
    size_t size_;
};

void use() {
    Buffer a(64);
    Buffer b = a;
    b.data()[0] = 'x';
}
