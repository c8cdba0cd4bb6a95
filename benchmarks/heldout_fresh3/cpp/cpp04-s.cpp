#include <string>
#include <vector>

struct Player {
    std::string name;
    int rating = 1200;
};

class Lobby {
public:
    // name comes from the client's JOIN message
    std::string join(const std::string &name)
    {
        if (players_.empty())
            players_.push_back(Player{"host-bot", 1500});
        const Player host = players_.front();
        players_.push_back(Player{name, 1200});
        return "Welcome " + name + ", your host is " + host.name;
    }

    size_t size() const { return players_.size(); }

private:
    std::vector<Player> players_;
};
