#include <sqlite3.h>
#include <stdexcept>
#include <string>
#include <vector>

class OrderRepo {
public:
    explicit OrderRepo(sqlite3 *db) : db_(db) {}

    std::vector<long long> orders_for(const std::string &customer_ref)
    {
        const std::string sql = "SELECT id FROM orders WHERE customer_ref = ?1 ORDER BY id";
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &st, nullptr) != SQLITE_OK)
            throw std::runtime_error(sqlite3_errmsg(db_));
        sqlite3_bind_text(st, 1, customer_ref.c_str(), -1, SQLITE_TRANSIENT);
        std::vector<long long> ids;
        while (sqlite3_step(st) == SQLITE_ROW)
            ids.push_back(sqlite3_column_int64(st, 0));
        sqlite3_finalize(st);
        return ids;
    }

private:
    sqlite3 *db_;
};
