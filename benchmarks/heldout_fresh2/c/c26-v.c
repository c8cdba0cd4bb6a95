/* Mail relay: write an audit line for every RCPT TO command a client sends. */
#include <stdio.h>
#include <string.h>
#include <time.h>

struct audit { FILE *out; const char *peer; };

static void audit_line(const struct audit *a, const char *verb, const char *arg) {
    char ts[32];
    time_t now = time(NULL);
    strftime(ts, sizeof ts, "%Y-%m-%dT%H:%M:%SZ", gmtime(&now));
    fprintf(a->out, "%s peer=%s %s %s\n", ts, a->peer, verb, arg);
    fflush(a->out);
}

/* line is the raw command read from the SMTP client, read up to its CRLF terminator */
void on_command(const struct audit *a, const char *line) {
    if (strncasecmp(line, "RCPT TO:", 8) == 0)
        audit_line(a, "RCPT", line + 8);
    else if (strncasecmp(line, "MAIL FROM:", 10) == 0)
        audit_line(a, "MAIL", line + 10);
}
