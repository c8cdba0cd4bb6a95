/* CGI admin tool: purge application logs older than N days (N from the form). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    const char *qs = getenv("QUERY_STRING");
    char days[32] = "30";
    if (qs) sscanf(qs, "days=%31[^&]", days);

    char cmd[160];
    snprintf(cmd, sizeof cmd,
             "find /var/log/app -name '*.log' -mtime +%s -delete", days);
    int rc = system(cmd);

    printf("Content-Type: text/plain\r\n\r\n");
    printf(rc == 0 ? "purged logs older than %s days\n" : "purge failed (%s)\n", days);
    return 0;
}
