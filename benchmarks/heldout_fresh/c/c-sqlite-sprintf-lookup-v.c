#include <stdio.h>
#include <sqlite3.h>

static int print_row(void *unused, int ncol, char **vals, char **cols)
{
    (void)unused; (void)cols;
    printf("%s: %s\n", vals[0], ncol > 1 && vals[1] ? vals[1] : "-");
    return 0;
}

int main(int argc, char **argv)
{
    sqlite3 *db;
    char sql[256];
    char *err = NULL;

    if (argc != 2 || sqlite3_open("contacts.db", &db) != SQLITE_OK)
        return 1;
    sprintf(sql, "SELECT name, phone FROM contacts WHERE name = '%s';", argv[1]);
    if (sqlite3_exec(db, sql, print_row, NULL, &err) != SQLITE_OK) {
        fprintf(stderr, "sql error: %s\n", err);
        sqlite3_free(err);
    }
    sqlite3_close(db);
    return 0;
}
