#include <stdio.h>
#include <sqlite3.h>

int main(int argc, char **argv)
{
    sqlite3 *db;
    sqlite3_stmt *stmt;

    if (argc != 2 || sqlite3_open("contacts.db", &db) != SQLITE_OK)
        return 1;
    if (sqlite3_prepare_v2(db, "SELECT name, phone FROM contacts WHERE name = ?1;", -1, &stmt, NULL) != SQLITE_OK) {
        fprintf(stderr, "sql error: %s\n", sqlite3_errmsg(db));
        sqlite3_close(db);
        return 1;
    }
    sqlite3_bind_text(stmt, 1, argv[1], -1, SQLITE_TRANSIENT);
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        const unsigned char *phone = sqlite3_column_text(stmt, 1);
        printf("%s: %s\n", sqlite3_column_text(stmt, 0), phone ? (const char *)phone : "-");
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return 0;
}
