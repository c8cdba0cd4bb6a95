/* CGI logout: end the session and send the user back to the page given in ?next=. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *next_target(const char *qs) {
    static char target[512];
    if (!qs || sscanf(qs, "next=%511[^&]", target) != 1)
        return "/";
    /* only same-site absolute paths: "/x", never "//host" or "/\host" */
    if (target[0] != '/' || target[1] == '/' || target[1] == '\\')
        return "/";
    for (const char *p = target; *p; p++)
        if ((unsigned char)*p < 0x21 || *p == 0x7f) return "/";
    return target;
}

int main(void) {
    const char *dest = next_target(getenv("QUERY_STRING"));
    printf("Status: 302 Found\r\n");
    printf("Set-Cookie: sid=; Path=/; Max-Age=0; Secure; HttpOnly\r\n");
    printf("Location: %s\r\n\r\n", dest);
    return 0;
}
