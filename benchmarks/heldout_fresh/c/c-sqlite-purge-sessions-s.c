#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <sqlite3.h>

int main(void)
{
    sqlite3 *db;
    char sql[200];
    char *err = NULL;
    long cutoff = (long)time(NULL);

    if (sqlite3_open("/var/lib/app/sessions.db", &db) != SQLITE_OK)
        return 1;
    snprintf(sql, sizeof sql, "DELETE FROM sessions WHERE expires_at < %ld;", cutoff);
    if (sqlite3_exec(db, sql, NULL, NULL, &err) != SQLITE_OK) {
        fprintf(stderr, "purge failed: %s\n", err);
        sqlite3_free(err);
    }
    printf("removed %d sessions\n", sqlite3_changes(db));
    sqlite3_close(db);
    return 0;
}
