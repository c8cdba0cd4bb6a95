#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

/* Saves CONTENT_LENGTH bytes of stdin; path receives the file name. */
int save_upload(char path[PATH_MAX])
{
    const char *cl = getenv("CONTENT_LENGTH");
    long left = cl ? strtol(cl, NULL, 10) : -1;
    if (left <= 0 || left > 10L * 1024 * 1024)
        return -1;

    char tmpl[] = "/tmp/resize-XXXXXX";
    const char *dir = mkdtemp(tmpl);
    if (!dir)
        return -1;
    snprintf(path, PATH_MAX, "%s/upload-%d.img", dir, (int)getpid());
    int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0600);
    if (fd < 0)
        return -1;

    char buf[8192];
    while (left > 0) {
        size_t want = left < (long)sizeof buf ? (size_t)left : sizeof buf;
        size_t got = fread(buf, 1, want, stdin);
        if (got == 0 || write(fd, buf, got) != (ssize_t)got) {
            close(fd);
            unlink(path);
            return -1;
        }
        left -= (long)got;
    }
    return close(fd);
}
