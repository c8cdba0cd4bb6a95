#include <stdio.h>
#include <string.h>

int check(const char *u, const char *p);

int main(void) {
    char user[16], pass[16];
    printf("user: ");
    if (scanf("%15s", user) != 1) return 1;
    printf("pass: ");
    if (scanf("%15s", pass) != 1) return 1;
    puts(check(user, pass) ? "ok" : "denied");
    return 0;
}
