#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: %s FILE LINE\n", argv[0]);
        return 2;
    }
    if (setegid(getgid()) != 0 || seteuid(getuid()) != 0) {
        perror("drop privileges");
        return 1;
    }
    int fd = open(argv[1], O_WRONLY | O_APPEND | O_NOFOLLOW);
    if (fd < 0)
        return 1;
    write(fd, argv[2], strlen(argv[2]));
    write(fd, "\n", 1);
    close(fd);
    return 0;
}
