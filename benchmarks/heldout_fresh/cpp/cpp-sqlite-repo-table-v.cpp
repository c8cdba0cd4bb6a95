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
    if (argc != 2 || sqlite3_open("app.db", &db) != SQLITE_OK)
        return 1;
    std::cout << TableCounter(db, argv[1]).count() << '\n';
    sqlite3_close(db);
}
