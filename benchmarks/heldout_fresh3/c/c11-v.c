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

    char sql[256];
    snprintf(sql, sizeof sql,
             "SELECT name, price FROM products WHERE sku = '%s'", sku);
    if (sqlite3_exec(db, sql, print_row, NULL, NULL) != SQLITE_OK)
        puts("lookup failed");
    sqlite3_close(db);
    return 0;
}
