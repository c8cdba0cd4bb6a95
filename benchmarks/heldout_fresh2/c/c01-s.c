/* CGI: look up a book by ISBN in the catalog database and print it as JSON. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sqlite3.h>

int main(void) {
    const char *qs = getenv("QUERY_STRING");
    char isbn[64] = {0};
    if (!qs || sscanf(qs, "isbn=%63[^&]", isbn) != 1) {
        printf("Status: 400 Bad Request\r\nContent-Type: text/plain\r\n\r\nmissing isbn\n");
        return 0;
    }
    sqlite3 *db;
    if (sqlite3_open("/srv/catalog/books.db", &db) != SQLITE_OK) return 1;

    sqlite3_stmt *st;
    const char *sql = "SELECT title, author, year FROM books WHERE isbn = ?1";
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) {
        sqlite3_close(db);
        return 1;
    }
    sqlite3_bind_text(st, 1, isbn, -1, SQLITE_TRANSIENT);

    printf("Content-Type: application/json\r\n\r\n");
    while (sqlite3_step(st) == SQLITE_ROW) {
        printf("{\"title\":\"%s\",\"author\":\"%s\",\"year\":%d}\n",
               (const char *)sqlite3_column_text(st, 0),
               (const char *)sqlite3_column_text(st, 1),
               sqlite3_column_int(st, 2));
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    return 0;
}
