/* Upload filter: write the request body from stdin to a scratch file, then run the scanner. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

extern int scan_file(const char *path);

int main(void) {
    char name[L_tmpnam];
    if (!tmpnam(name)) return 1;

    FILE *out = fopen(name, "w");
    if (!out) return 1;
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
