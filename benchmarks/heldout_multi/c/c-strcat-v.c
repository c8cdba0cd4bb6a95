#include <stdio.h>
#include <string.h>

int main(int argc, char **argv) {
    char msg[100] = "";
    for (int i = 1; i < argc; i++) {
        strcat(msg, argv[i]);
        strcat(msg, " ");
    }
    puts(msg);
    return 0;
}
