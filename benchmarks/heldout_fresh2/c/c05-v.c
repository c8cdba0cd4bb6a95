/* greet: print a banner line for each name given on the command line.
 * The guestbook CGI runs it with the visitor's name as the argument. */
#include <stdio.h>
#include <string.h>

static void banner(const char *text) {
    size_t n = strlen(text) + 4;
    for (size_t i = 0; i < n; i++) putchar('*');
    putchar('\n');
    printf("* ");
    printf(text);
    printf(" *\n");
    for (size_t i = 0; i < n; i++) putchar('*');
    putchar('\n');
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: %s NAME...\n", argv[0]);
        return 2;
    }
    for (int i = 1; i < argc; i++)
        banner(argv[i]);
    return 0;
}
