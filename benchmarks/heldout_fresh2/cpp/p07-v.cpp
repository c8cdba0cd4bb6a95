// Connection registry for a TCP server: track live connections by id and close idle ones.
#include <chrono>
#include <map>
#include <memory>
#include <unistd.h>

struct Connection {
    int fd;
    std::chrono::steady_clock::time_point last_seen;
    ~Connection() { if (fd >= 0) ::close(fd); }
};

class Registry {
public:
    Connection* accept_conn(int id, int fd) {
        auto* c = new Connection{fd, std::chrono::steady_clock::now()};
        conns_.emplace(id, std::unique_ptr<Connection>(c));
        return c;
    }

    void handshake_failed(Connection* c) {
        std::unique_ptr<Connection> owner(c);  // make sure it gets cleaned up
        owner->fd = -1;
    }

    void reap_idle(std::chrono::seconds limit) {
        auto now = std::chrono::steady_clock::now();
        for (auto it = conns_.begin(); it != conns_.end();)
            it = (now - it->second->last_seen > limit) ? conns_.erase(it) : std::next(it);
    }

private:
    std::map<int, std::unique_ptr<Connection>> conns_;
};
