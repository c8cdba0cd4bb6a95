#include <stdio.h>

int main(int argc, char **argv) {
    char cmd[512];
    if (argc < 2) return 1;
    snprintf(cmd, sizeof cmd, "wc -l %s", argv[1]);
    FILE *p = popen(cmd, "r");
    if (!p) return 1;
    char out[128];
    while (fgets(out, sizeof out, p)) fputs(out, stdout);
    return pclose(p);
}
