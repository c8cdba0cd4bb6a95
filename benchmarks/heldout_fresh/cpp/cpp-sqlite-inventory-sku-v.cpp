#include <sqlite3.h>
#include <string>

int stock_for(sqlite3 *db, const std::string &sku)
{
    int qty = -1;
    const std::string sql = "SELECT qty FROM inventory WHERE sku = '" + sku + "';";
    auto cb = [](void *out, int, char **vals, char **) -> int {
        *static_cast<int *>(out) = vals[0] ? std::stoi(vals[0]) : 0;
        return 0;
    };
    char *err = nullptr;
    if (sqlite3_exec(db, sql.c_str(), cb, &qty, &err) != SQLITE_OK) {
        sqlite3_free(err);
        return -1;
    }
    return qty;
}
