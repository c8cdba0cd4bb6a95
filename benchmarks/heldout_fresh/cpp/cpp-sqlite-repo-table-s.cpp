#include <iostream>
#include <sqlite3.h>
#include <string>

class TableCounter {
public:
    TableCounter(sqlite3 *db, std::string table) : db_(db), table_(std::move(table)) {}

    long count() const
    {
        long n = -1;
        std::string sql = "SELECT COUNT(*) FROM " + table_ + ";";
        sqlite3_exec(db_, sql.c_str(), [](void *p, int, char **v, char **) -> int {
            *static_cast<long *>(p) = std::stol(v[0]);
            return 0;
        }, &n, nullptr);
        return n;
    }

private:
    sqlite3 *db_;
    std::string table_;
};

int main(int argc, char **argv)
{
    sqlite3 *db;
    if (sqlite3_open("app.db", &db) != SQLITE_OK)
        return 1;
    const char *table = (argc > 1 && std::string(argv[1]) == "audit") ? "audit_log" : "users";
    std::cout << TableCounter(db, table).count() << '\n';
    sqlite3_close(db);
}
