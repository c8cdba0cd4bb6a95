#include <string.h>
#include <syslog.h>
#include <netinet/in.h>
#include <sys/socket.h>

int main(void)
{
    int s = socket(AF_INET, SOCK_DGRAM, 0);
    struct sockaddr_in addr = {0};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(5514);
    addr.sin_addr.s_addr = htonl(INADDR_ANY);
    if (bind(s, (struct sockaddr *)&addr, sizeof addr) != 0)
        return 1;

    openlog("udp-relay", LOG_PID, LOG_DAEMON);
    char msg[512];
    for (;;) {
        ssize_t n = recv(s, msg, sizeof msg - 1, 0);
        if (n <= 0)
            continue;
        msg[n] = '\0';
        syslog(LOG_INFO, "%s", msg);
    }
}
