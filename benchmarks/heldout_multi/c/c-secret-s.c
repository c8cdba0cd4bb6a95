#include <libpq-fe.h>
#include <stdio.h>

int main(void) {
    PGconn *conn = PQconnectdb("host=db.internal dbname=ops user=ops");
    if (PQstatus(conn) != CONNECTION_OK) return 1;
    printf("%d\n", PQserverVersion(conn));
    PQfinish(conn);
    return 0;
}
