#include <stdio.h>

int main(int argc, char **argv) {
    if (argc < 2) return 1;
    FILE *f = fopen(argv[1], "r");
    if (!f) return 1;
    long lines = 0;
    int c;
    while ((c = fgetc(f)) != EOF) if (c == '\n') lines++;
    fclose(f);
    printf("%ld %s\n", lines, argv[1]);
    return 0;
}
