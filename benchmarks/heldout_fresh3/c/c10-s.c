#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/types.h>
#include <sys/wait.h>

/* name comes straight from the client's PRINT request */
int submit_job(const char *name, char *reply, size_t reply_sz)
{
    char path[512];
    int fds[2];
    if (strchr(name, '/') || name[0] == '.' || name[0] == '\0')
        return -1;
    snprintf(path, sizeof path, "/var/spool/uploads/%s", name);
    if (pipe(fds) != 0)
        return -1;
    pid_t pid = fork();
    if (pid == 0) {
        dup2(fds[1], STDOUT_FILENO);
        close(fds[0]);
        execlp("lp", "lp", "-d", "office", path, (char *)NULL);
        _exit(127);
    }
    close(fds[1]);
    ssize_t n = pid > 0 ? read(fds[0], reply, reply_sz - 1) : -1;
    reply[n > 0 ? n : 0] = '\0';
    close(fds[0]);
    int status = 0;
    if (pid > 0)
        waitpid(pid, &status, 0);
    return status;
}
