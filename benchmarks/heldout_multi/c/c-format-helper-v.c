#include <stdio.h>

static void log_line(const char *text) {
    fprintf(stderr, text);
    fputc('\n', stderr);
}

int main(int argc, char **argv) {
    for (int i = 1; i < argc; i++) log_line(argv[i]);
    return 0;
}
