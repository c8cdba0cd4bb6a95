/* Tiny static file server: serve GET /<path> from /srv/www over a TCP socket. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <fcntl.h>
#include <sys/socket.h>

#define WEB_ROOT "/srv/www"

void serve_client(int fd) {
    char req[1024];
    ssize_t n = recv(fd, req, sizeof req - 1, 0);
    if (n <= 0) return;
    req[n] = '\0';

    char path[512];
    if (sscanf(req, "GET /%500s HTTP/", path) != 1) {
        dprintf(fd, "HTTP/1.0 400 Bad Request\r\n\r\n");
        return;
    }
    char full[600], resolved[PATH_MAX];
    snprintf(full, sizeof full, "%s/%s", WEB_ROOT, path);
    /* resolve .. and symlinks, then require the result to stay under WEB_ROOT */
    if (!realpath(full, resolved) ||
        strncmp(resolved, WEB_ROOT "/", sizeof WEB_ROOT) != 0) {
        dprintf(fd, "HTTP/1.0 404 Not Found\r\n\r\n");
        return;
    }
    int file = open(resolved, O_RDONLY);
    if (file < 0) {
        dprintf(fd, "HTTP/1.0 404 Not Found\r\n\r\n");
        return;
    }
    dprintf(fd, "HTTP/1.0 200 OK\r\n\r\n");
    char buf[4096];
    while ((n = read(file, buf, sizeof buf)) > 0)
        write(fd, buf, (size_t)n);
    close(file);
}
