#include <stdio.h>
#include <string.h>

struct user {
    char name[32];
    int id;
};

int main(int argc, char **argv) {
    struct user u;
    if (argc < 2) return 1;
    u.id = 1;
    strcpy(u.name, argv[1]);
    printf("hello %s (%d)\n", u.name, u.id);
    return 0;
}
