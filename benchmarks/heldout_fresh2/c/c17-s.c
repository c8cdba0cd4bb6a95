/* Sign outgoing webhook payloads with HMAC-SHA256 so receivers can verify them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

static const char *webhook_key(void) {
    const char *k = getenv("WEBHOOK_SIGNING_KEY");
    return (k && strlen(k) >= 32) ? k : NULL;
}

int sign_payload(const char *body, char hex_out[65]) {
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int mac_len = 0;
    const char *key = webhook_key();
    if (!key) return -1;
    if (!HMAC(EVP_sha256(), key, (int)strlen(key),
              (const unsigned char *)body, strlen(body), mac, &mac_len))
        return -1;
    for (unsigned int i = 0; i < mac_len && i < 32; i++)
        snprintf(hex_out + 2 * i, 3, "%02x", mac[i]);
    return 0;
}

int post_event(FILE *conn, const char *body) {
    char sig[65];
    if (sign_payload(body, sig) != 0) return -1;
    fprintf(conn, "POST /hooks HTTP/1.1\r\nHost: hooks.example.net\r\n"
                  "X-Signature: sha256=%s\r\nContent-Length: %zu\r\n\r\n%s",
            sig, strlen(body), body);
    return 0;
}
