/* Line-based TCP auth daemon: log every rejected login attempt to syslog. */
#include <stdio.h>
#include <string.h>
#include <syslog.h>
#include <sys/socket.h>

extern int check_credentials(const char *user, const char *pass);

void handle_login(int client) {
    char line[256];
    ssize_t n = recv(client, line, sizeof line - 1, 0);
    if (n <= 0) return;
    line[n] = '\0';
    line[strcspn(line, "\r\n")] = '\0';

    char *sep = strchr(line, ':');
    if (!sep) { send(client, "ERR\n", 4, 0); return; }
    *sep = '\0';
    const char *user = line, *pass = sep + 1;

    if (check_credentials(user, pass)) {
        send(client, "OK\n", 3, 0);
        return;
    }
    char msg[320];
    snprintf(msg, sizeof msg, "login rejected for user %s", user);
    openlog("authd", LOG_PID, LOG_AUTH);
    syslog(LOG_WARNING, msg);
    send(client, "DENIED\n", 7, 0);
}
