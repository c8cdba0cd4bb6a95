/* CGI: list open support tickets, sorted by the column the user clicked. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sqlite3.h>

struct listing { const char *sort; int limit; };

static int row(void *u, int n, char **v, char **c) {
    (void)u; (void)c;
    printf("<tr>");
    for (int i = 0; i < n; i++) printf("<td>%s</td>", v[i] ? v[i] : "");
    printf("</tr>\n");
    return 0;
}

static void list_tickets(sqlite3 *db, const struct listing *l) {
    char sql[256];
    snprintf(sql, sizeof sql,
             "SELECT id, priority, created FROM tickets WHERE status = 'open' "
             "ORDER BY %s LIMIT %d", l->sort, l->limit);
    sqlite3_exec(db, sql, row, NULL, NULL);
}

int main(void) {
    const char *qs = getenv("QUERY_STRING");
    char sort[64] = "created";
    if (qs) sscanf(qs, "sort=%63[^&]", sort);
    struct listing l = { sort, 50 };

    sqlite3 *db;
    if (sqlite3_open_v2("/srv/helpdesk/tickets.db", &db, SQLITE_OPEN_READONLY, NULL)) return 1;
    printf("Content-Type: text/html\r\n\r\n<table>\n");
    list_tickets(db, &l);
    printf("</table>\n");
    sqlite3_close(db);
    return 0;
}
