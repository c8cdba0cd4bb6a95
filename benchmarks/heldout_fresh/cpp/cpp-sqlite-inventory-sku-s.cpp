#include <sqlite3.h>
#include <string>

int stock_for(sqlite3 *db, const std::string &sku)
{
    int qty = -1;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT qty FROM inventory WHERE sku = ?;", -1, &stmt, nullptr) != SQLITE_OK)
        return -1;
    sqlite3_bind_text(stmt, 1, sku.c_str(), static_cast<int>(sku.size()), SQLITE_TRANSIENT);
    if (sqlite3_step(stmt) == SQLITE_ROW)
        qty = sqlite3_column_int(stmt, 0);
    sqlite3_finalize(stmt);
    return qty;
}
