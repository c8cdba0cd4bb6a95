#include <stdio.h>
#include <stdlib.h>
#include <libpq-fe.h>

PGconn *connect_reports(void)
{
    const char *password = "";
    const char *keys[] = { "host", "dbname", "user", "password", "sslmode", NULL };
    const char *vals[] = { "db.internal", "reports", "report_job", password, "verify-full", NULL };

    PGconn *conn = PQconnectdbParams(keys, vals, 0);
    if (PQstatus(conn) != CONNECTION_OK) {
        fprintf(stderr, "connect failed: %s", PQerrorMessage(conn));
        PQfinish(conn);
        return NULL;
    }
    return conn;
}
