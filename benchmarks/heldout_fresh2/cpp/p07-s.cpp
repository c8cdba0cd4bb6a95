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
        std::unique_ptr<Connection> c(new Connection{fd, std::chrono::steady_clock::now()});
        Connection* raw = c.get();
        conns_.emplace(id, std::move(c));
        return raw;
    }

    void handshake_failed(int id) {
        auto it = conns_.find(id);
        if (it != conns_.end()) conns_.erase(it);  // the map's unique_ptr is the only owner
    }

    void reap_idle(std::chrono::seconds limit) {
        auto now = std::chrono::steady_clock::now();
        for (auto it = conns_.begin(); it != conns_.end();)
            it = (now - it->second->last_seen > limit) ? conns_.erase(it) : std::next(it);
    }

private:
    std::map<int, std::unique_ptr<Connection>> conns_;
};
