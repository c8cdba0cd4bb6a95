/* CGI admin tool: purge application logs older than N days (N from the form). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    const char *qs = getenv("QUERY_STRING");
    char days[32] = "30";
    if (qs) sscanf(qs, "days=%31[^&]", days);

    char *end;
    long n = strtol(days, &end, 10);
    printf("Content-Type: text/plain\r\n\r\n");
    if (*end != '\0' || n < 1 || n > 3650) {
        printf("days must be a number between 1 and 3650\n");
        return 0;
    }
    char cmd[160];
    snprintf(cmd, sizeof cmd,
             "find /var/log/app -name '*.log' -mtime +%ld -delete", n);
    int rc = system(cmd);
    printf(rc == 0 ? "purged logs older than %ld days\n" : "purge failed (%ld)\n", n);
    return 0;
}
