#include <stdio.h>
#include <string.h>
#include <sqlite3.h>

static const char *const SORTABLE[] = { "name", "qty", "updated_at" };

static const char *sort_column(const char *requested)
{
    for (size_t i = 0; i < sizeof SORTABLE / sizeof SORTABLE[0]; i++)
        if (requested && strcmp(requested, SORTABLE[i]) == 0)
            return SORTABLE[i];
    return "name";
}

int list_items(sqlite3 *db, const char *sort_param, FILE *out)
{
    char sql[160];
    const char *col = sort_column(sort_param);
    snprintf(sql, sizeof sql, "SELECT name, qty FROM items ORDER BY %s LIMIT 100", col);

    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
        return -1;
    while (sqlite3_step(st) == SQLITE_ROW)
        fprintf(out, "%-30s %6d\n", (const char *)sqlite3_column_text(st, 0),
                sqlite3_column_int(st, 1));
    sqlite3_finalize(st);
    return 0;
}
