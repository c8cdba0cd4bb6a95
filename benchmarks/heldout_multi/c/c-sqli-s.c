#include <sqlite3.h>
#include <stdio.h>

int main(int argc, char **argv) {
    sqlite3 *db;
    sqlite3_stmt *st;
    if (argc < 2 || sqlite3_open("users.db", &db) != SQLITE_OK) return 1;
    sqlite3_prepare_v2(db, "SELECT email FROM users WHERE name = ?;", -1, &st, NULL);
    sqlite3_bind_text(st, 1, argv[1], -1, SQLITE_TRANSIENT);
    while (sqlite3_step(st) == SQLITE_ROW) printf("%s\n", (const char *)sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
    sqlite3_close(db);
    return 0;
}
