#include <sqlite3.h>
#include <stdio.h>

static int print_row(void *u, int n, char **vals, char **cols) {
    printf("%s\n", vals[0] ? vals[0] : "NULL");
    return 0;
}

int main(int argc, char **argv) {
    sqlite3 *db;
    char sql[256];
    if (argc < 2 || sqlite3_open("users.db", &db) != SQLITE_OK) return 1;
    snprintf(sql, sizeof sql, "SELECT email FROM users WHERE name = '%s';", argv[1]);
    sqlite3_exec(db, sql, print_row, NULL, NULL);
    sqlite3_close(db);
    return 0;
}
