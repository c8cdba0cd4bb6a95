#include <cstdio>
#include <string>
#include <unistd.h>

class StatusReporter {
public:
    explicit StatusReporter(int pipe_fd) : fd_(pipe_fd) {}

    void relay()
    {
        char buf[256];
        ssize_t n = read(fd_, buf, sizeof buf - 1);
        if (n <= 0)
            return;
        buf[n] = '\0';
        last_ = buf;
        std::fprintf(stderr, last_.c_str());
    }

private:
    int fd_;
    std::string last_;
};
