#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static FILE *g_log;

static void log_line(const char *fmt, ...)
{
    char ts[32];
    time_t now = time(NULL);
    strftime(ts, sizeof ts, "%Y-%m-%d %H:%M:%S", localtime(&now));
    fprintf(g_log, "[%s] ", ts);
    va_list ap;
    va_start(ap, fmt);
    vfprintf(g_log, fmt, ap);
    va_end(ap);
    fputc('\n', g_log);
    fflush(g_log);
}

static void announce(const char *nick)
{
    char line[160];
    snprintf(line, sizeof line, "%s joined the room", nick);
    log_line(line);
}

int handle_hello(int client_fd)
{
    char nick[64];
    ssize_t n = read(client_fd, nick, sizeof nick - 1);
    if (n <= 0)
        return -1;
    nick[n] = '\0';
    nick[strcspn(nick, "\r\n")] = '\0';
    announce(nick);
    return 0;
}
