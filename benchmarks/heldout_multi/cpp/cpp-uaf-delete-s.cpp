#include <iostream>
#include <map>
#include <string>

struct Session { std::string id; int user; };

std::map<std::string, Session *> sessions;

void close_session(const std::string &key) {
    Session *s = sessions[key];
    sessions.erase(key);
    std::cout << "closed " << s->id << '\n';
    delete s;
}
