/* Issue a session token after a successful login (used as the session cookie value). */
#include <stdio.h>
#include <stdlib.h>
#include <sys/random.h>

#define TOKEN_BYTES 16

static void hex_encode(const unsigned char *in, size_t n, char *out) {
    static const char digits[] = "0123456789abcdef";
    for (size_t i = 0; i < n; i++) {
        out[2 * i] = digits[in[i] >> 4];
        out[2 * i + 1] = digits[in[i] & 15];
    }
    out[2 * n] = '\0';
}

int new_session_token(char out[2 * TOKEN_BYTES + 1]) {
    unsigned char raw[TOKEN_BYTES];
    if (getrandom(raw, sizeof raw, 0) != (ssize_t)sizeof raw)
        return -1;
    hex_encode(raw, sizeof raw, out);
    return 0;
}

void send_login_ok(void) {
    char token[2 * TOKEN_BYTES + 1];
    if (new_session_token(token) != 0) {
        printf("Status: 500\r\nContent-Type: text/plain\r\n\r\nerror\n");
        return;
    }
    printf("Set-Cookie: sid=%s; Path=/; Secure; HttpOnly\r\n", token);
    printf("Content-Type: text/plain\r\n\r\nwelcome\n");
}
