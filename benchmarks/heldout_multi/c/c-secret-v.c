#include <libpq-fe.h>
#include <stdio.h>

int main(void) {
    PGconn *conn = PQconnectdb("host=db.internal dbname=ops user=ops password=0ps-Pr0d-2024!");
    if (PQstatus(conn) != CONNECTION_OK) return 1;
    printf("%d\n", PQserverVersion(conn));
    PQfinish(conn);
    return 0;
}
