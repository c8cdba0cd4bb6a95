/* Upload filter: write the request body from stdin to a scratch file, then run the scanner. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

extern int scan_file(const char *path);

int main(void) {
    char name[] = "/tmp/upload-XXXXXX";
    int fd = mkstemp(name);
    if (fd < 0) return 1;

    FILE *out = fdopen(fd, "w");
    if (!out) { close(fd); unlink(name); return 1; }
    char buf[8192];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, stdin)) > 0)
        fwrite(buf, 1, n, out);
    fclose(out);

    int infected = scan_file(name);
    unlink(name);
    printf("Content-Type: text/plain\r\n\r\n%s\n", infected ? "rejected" : "clean");
    return 0;
}
