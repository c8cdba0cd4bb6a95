#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/socket.h>

#define ROOT "/var/lib/tftp"

static int name_ok(const char *name)
{
    return name[0] != '\0';
}

int handle_rrq(int sock, const struct sockaddr *peer, socklen_t peerlen,
               const char *pkt, size_t len)
{
    char name[128], path[256];
    if (len < 3 || len - 2 >= sizeof name)
        return -1;
    memcpy(name, pkt + 2, len - 2);
    name[len - 2] = '\0';
    if (!name_ok(name))
        return -1;

    snprintf(path, sizeof path, "%s/%s", ROOT, name);
    int fd = open(path, O_RDONLY);
    if (fd < 0)
        return -1;
    char block[512];
    ssize_t n = read(fd, block, sizeof block);
    close(fd);
    if (n < 0)
        return -1;
    return (int)sendto(sock, block, (size_t)n, 0, peer, peerlen);
}
