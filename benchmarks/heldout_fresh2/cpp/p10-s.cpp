// Pub/sub fan-out: send a message to every subscriber, dropping the ones whose socket fails.
#include <string>
#include <vector>
#include <sys/socket.h>
#include <unistd.h>

struct Subscriber {
    int fd;
    std::string topic;
};

class Hub {
public:
    void subscribe(int fd, std::string topic) { subs_.push_back({fd, std::move(topic)}); }

    // msg arrives from a publisher connection
    void publish(const std::string& topic, const std::string& msg) {
        for (auto it = subs_.begin(); it != subs_.end();) {
            if (it->topic == topic &&
                ::send(it->fd, msg.data(), msg.size(), MSG_NOSIGNAL) < 0) {
                ::close(it->fd);
                it = subs_.erase(it);
            } else {
                ++it;
            }
        }
    }

private:
    std::vector<Subscriber> subs_;
};
