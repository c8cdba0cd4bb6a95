/* CGI login: on success, hand the browser its session id in a cookie. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern int check_login(const char *form_body, char *user_out, size_t cap);
extern int create_session(const char *user, char *sid_out, size_t cap);

int main(void) {
    char body[1024] = {0};
    fread(body, 1, sizeof body - 1, stdin);
    char user[64], sid[65];

    if (!check_login(body, user, sizeof user) || create_session(user, sid, sizeof sid) != 0) {
        printf("Status: 401 Unauthorized\r\nContent-Type: text/plain\r\n\r\nlogin failed\n");
        return 0;
    }
    printf("Status: 303 See Other\r\n");
    printf("Set-Cookie: session=%s; Path=/; Secure; HttpOnly; SameSite=Lax\r\n", sid);
    printf("Location: /dashboard\r\n\r\n");
    return 0;
}
