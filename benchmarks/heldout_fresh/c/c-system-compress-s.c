#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

static int compress_file(const char *path)
{
    pid_t pid = fork();
    if (pid == 0) {
        execlp("gzip", "gzip", "-k", "-9", "--", path, (char *)NULL);
        _exit(127);
    }
    int status = 0;
    if (pid < 0 || waitpid(pid, &status, 0) < 0)
        return -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: %s LOGFILE\n", argv[0]);
        return 2;
    }
    if (compress_file(argv[1]) != 0) {
        fprintf(stderr, "gzip failed\n");
        return 1;
    }
    return 0;
}
