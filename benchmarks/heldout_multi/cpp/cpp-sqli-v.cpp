#include <sqlite3.h>
#include <string>

class UserRepo {
public:
    explicit UserRepo(sqlite3 *db) : db_(db) {}
    bool remove(const std::string &name) {
        std::string sql = "DELETE FROM users WHERE name = '" + name + "'";
        return sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK;
    }
private:
    sqlite3 *db_;
};
