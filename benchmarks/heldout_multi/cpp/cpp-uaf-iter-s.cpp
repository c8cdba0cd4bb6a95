#include <vector>

struct Entry { long expires; };

void prune(std::vector<Entry> &entries, long now) {
    for (auto it = entries.begin(); it != entries.end();) {
        if (it->expires < now) it = entries.erase(it);
        else ++it;
    }
}
