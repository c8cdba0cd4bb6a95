/* Issue a session token after a successful login (used as the session cookie value). */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

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
    srand((unsigned)time(NULL) ^ (unsigned)getpid());
    for (size_t i = 0; i < sizeof raw; i++)
        raw[i] = (unsigned char)(rand() & 0xff);
    hex_encode(raw, sizeof raw, out);
    return 0;
}

void send_login_ok(void) {
    char token[2 * TOKEN_BYTES + 1];
    new_session_token(token);
    printf("Set-Cookie: sid=%s; Path=/; Secure; HttpOnly\r\n", token);
    printf("Content-Type: text/plain\r\n\r\nwelcome\n");
}
