#include <iostream>
#include <map>

struct Connection {
    int id;
    bool broken;
};

class Pool {
public:
    void drop(int id)
    {
        Connection *c = conns_[id];
        conns_.erase(id);
        delete c;
        std::cout << "dropped connection " << c->id << (c->broken ? " (broken)" : "") << '\n';
    }

private:
    std::map<int, Connection *> conns_;
};
