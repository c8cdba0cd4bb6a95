#include <sqlite3.h>
#include <string>

class UserRepo {
public:
    explicit UserRepo(sqlite3 *db) : db_(db) {}
    bool remove(const std::string &name) {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db_, "DELETE FROM users WHERE name = ?", -1, &st, nullptr) != SQLITE_OK) return false;
        sqlite3_bind_text(st, 1, name.c_str(), -1, SQLITE_TRANSIENT);
        bool ok = sqlite3_step(st) == SQLITE_DONE;
        sqlite3_finalize(st);
        return ok;
    }
private:
    sqlite3 *db_;
};
