#include <vector>

struct Entry { long expires; };

void prune(std::vector<Entry> &entries, long now) {
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        if (it->expires < now) entries.erase(it);
    }
}
