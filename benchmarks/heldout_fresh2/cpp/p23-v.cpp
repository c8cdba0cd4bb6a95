// Line-protocol key/value server: report unknown commands back to the client and on the console.
#include <cstdio>
#include <map>
#include <sstream>
#include <string>

class KvServer {
public:
    std::string handle(const std::string& line) {
        std::istringstream in(line);
        std::string cmd, key, value;
        in >> cmd >> key;
        if (cmd == "GET") {
            auto it = store_.find(key);
            return it == store_.end() ? "NIL\n" : it->second + "\n";
        }
        if (cmd == "SET" && in >> value) {
            store_[key] = value;
            return "OK\n";
        }
        warn("unknown command: " + line + "\n");
        return "ERR unknown command\n";
    }

private:
    static void warn(const std::string& msg) {
        std::fprintf(stderr, msg.c_str());
    }
    std::map<std::string, std::string> store_;
};
