#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <arpa/inet.h>

static void log_request(FILE *log, const struct sockaddr_in *peer, const char *cmd)
{
    char line[128];
    char ip[INET_ADDRSTRLEN];
    inet_ntop(AF_INET, &peer->sin_addr, ip, sizeof ip);
    snprintf(line, sizeof line, "%s:%d cmd=\"%s\"\n", ip, ntohs(peer->sin_port), cmd);
    fputs(line, log);
}

void serve_client(int fd, const struct sockaddr_in *peer, FILE *log)
{
    char buf[1024];
    ssize_t n = read(fd, buf, sizeof buf - 1);
    if (n <= 0)
        return;
    buf[n] = '\0';
    buf[strcspn(buf, "\r\n")] = '\0';
    log_request(log, peer, buf);
    write(fd, "OK\n", 3);
}
