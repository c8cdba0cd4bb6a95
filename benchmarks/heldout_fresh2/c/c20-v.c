/* CGI: record each visit as one CSV line with the client's address and user agent. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static void log_visit(FILE *log) {
    const char *ip = getenv("REMOTE_ADDR");
    const char *ua = getenv("HTTP_USER_AGENT");
    char line[256];
    sprintf(line, "%ld,%s,\"%s\"\n", (long)time(NULL), ip ? ip : "-", ua ? ua : "-");
    fputs(line, log);
}

int main(void) {
    FILE *log = fopen("/var/log/app/visits.csv", "a");
    if (log) {
        log_visit(log);
        fclose(log);
    }
    printf("Content-Type: text/plain\r\n\r\nthanks for visiting\n");
    return 0;
}
