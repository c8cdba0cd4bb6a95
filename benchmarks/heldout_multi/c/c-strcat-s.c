#include <stdio.h>
#include <string.h>

int main(int argc, char **argv) {
    char msg[100] = "";
    size_t used = 0;
    for (int i = 1; i < argc; i++) {
        int n = snprintf(msg + used, sizeof msg - used, "%s ", argv[i]);
        if (n < 0 || (size_t)n >= sizeof msg - used) break;
        used += (size_t)n;
    }
    puts(msg);
    return 0;
}
