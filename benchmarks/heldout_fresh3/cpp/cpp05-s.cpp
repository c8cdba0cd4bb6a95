#include <sqlite3.h>
#include <string>
#include <vector>

std::vector<std::string> users_in_domain(sqlite3 *db, const std::string &domain)
{
    std::vector<std::string> out;
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT email FROM users WHERE email LIKE ?1",
                           -1, &st, nullptr) != SQLITE_OK)
        return out;

    sqlite3_bind_text(st, 1, ("%@" + domain).c_str(), -1, SQLITE_TRANSIENT);

    while (sqlite3_step(st) == SQLITE_ROW) {
        auto *txt = reinterpret_cast<const char *>(sqlite3_column_text(st, 0));
        if (txt)
            out.emplace_back(txt);
    }
    sqlite3_finalize(st);
    return out;
}
