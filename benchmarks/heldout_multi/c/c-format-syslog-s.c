#include <syslog.h>
#include <unistd.h>

void log_client_message(int fd) {
    char buf[512];
    ssize_t n = read(fd, buf, sizeof buf - 1);
    if (n <= 0) return;
    buf[n] = '\0';
    syslog(LOG_INFO, "client: %s", buf);
}
