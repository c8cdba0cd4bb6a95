#include <stdio.h>
#include <string.h>
#include <ctype.h>

static void banner(const char *who)
{
    char name[32];
    strcpy(name, who);
    for (char *p = name; *p; ++p)
        *p = (char)toupper((unsigned char)*p);
    printf("=== WELCOME, %s ===\n", name);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: %s NAME\n", argv[0]);
        return 1;
    }
    banner(argv[1]);
    return 0;
}
