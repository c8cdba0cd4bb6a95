/* CGI: look up a book by ISBN in the catalog database and print it as JSON. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sqlite3.h>

static int print_row(void *unused, int ncol, char **vals, char **names) {
    (void)unused;
    printf("{");
    for (int i = 0; i < ncol; i++)
        printf("%s\"%s\":\"%s\"", i ? "," : "", names[i], vals[i] ? vals[i] : "");
    printf("}\n");
    return 0;
}

int main(void) {
    const char *qs = getenv("QUERY_STRING");
    char isbn[64] = {0};
    if (!qs || sscanf(qs, "isbn=%63[^&]", isbn) != 1) {
        printf("Status: 400 Bad Request\r\nContent-Type: text/plain\r\n\r\nmissing isbn\n");
        return 0;
    }
    sqlite3 *db;
    if (sqlite3_open("/srv/catalog/books.db", &db) != SQLITE_OK) return 1;

    char sql[256];
    snprintf(sql, sizeof sql,
             "SELECT title, author, year FROM books WHERE isbn = '%s'", isbn);

    printf("Content-Type: application/json\r\n\r\n");
    char *err = NULL;
    if (sqlite3_exec(db, sql, print_row, NULL, &err) != SQLITE_OK) {
        printf("{\"error\":\"query failed\"}\n");
        sqlite3_free(err);
    }
    sqlite3_close(db);
    return 0;
}
