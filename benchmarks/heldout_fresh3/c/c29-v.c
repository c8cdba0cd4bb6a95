#include <stdio.h>
#include <string.h>
#include <time.h>

static FILE *auth_log;

static void clean_for_log(char *dst, size_t dstsz, const char *src)
{
    snprintf(dst, dstsz, "%s", src);
}

void log_failed_login(const char *peer_ip, const char *user_from_client)
{
    char user[128];
    char ts[32];
    time_t now = time(NULL);

    if (!auth_log && !(auth_log = fopen("/var/log/mailsrv/auth.log", "a")))
        return;
    clean_for_log(user, sizeof user, user_from_client);
    strftime(ts, sizeof ts, "%Y-%m-%dT%H:%M:%SZ", gmtime(&now));
    fprintf(auth_log, "%s auth failure user=%s ip=%s\n", ts, user, peer_ip);
    fflush(auth_log);
}
