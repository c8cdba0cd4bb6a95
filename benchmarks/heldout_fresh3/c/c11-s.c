#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sqlite3.h>

static int print_row(void *unused, int ncol, char **vals, char **cols)
{
    (void)unused;
    for (int i = 0; i < ncol; i++)
        printf("%s: %s\n", cols[i], vals[i] ? vals[i] : "");
    return 0;
}

int main(void)
{
    const char *qs = getenv("QUERY_STRING");
    const char *sku = (qs && strncmp(qs, "sku=", 4) == 0) ? qs + 4 : "";
    sqlite3 *db;

    printf("Content-Type: text/plain\r\n\r\n");
    if (sqlite3_open_v2("/srv/catalog.db", &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
        return 1;

    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(db, "SELECT name, price FROM products WHERE sku = ?1",
                           -1, &st, NULL) == SQLITE_OK) {
        sqlite3_bind_text(st, 1, sku, -1, SQLITE_TRANSIENT);
        while (sqlite3_step(st) == SQLITE_ROW) {
            char *vals[2] = { (char *)sqlite3_column_text(st, 0), (char *)sqlite3_column_text(st, 1) };
            char *cols[2] = { "name", "price" };
            print_row(NULL, 2, vals, cols);
        }
        sqlite3_finalize(st);
    } else {
        puts("lookup failed");
    }
    sqlite3_close(db);
    return 0;
}
