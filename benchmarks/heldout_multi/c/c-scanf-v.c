#include <stdio.h>
#include <string.h>

int check(const char *u, const char *p);

int main(void) {
    char user[16], pass[16];
    printf("user: ");
    scanf("%s", user);
    printf("pass: ");
    scanf("%s", pass);
    puts(check(user, pass) ? "ok" : "denied");
    return 0;
}
