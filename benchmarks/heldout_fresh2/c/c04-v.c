/* UDP telemetry receiver: each datagram is [u16 sensor id][u16 name length][name][payload]. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <arpa/inet.h>
#include <sys/socket.h>

struct reading {
    uint16_t sensor;
    char name[32];
};

static int parse_datagram(const uint8_t *pkt, size_t len, struct reading *out) {
    if (len < 4) return -1;
    uint16_t id, nlen;
    memcpy(&id, pkt, 2);
    memcpy(&nlen, pkt + 2, 2);
    out->sensor = ntohs(id);
    nlen = ntohs(nlen);
    memcpy(out->name, pkt + 4, nlen);
    out->name[nlen] = '\0';
    return 0;
}

void receive_loop(int sock) {
    uint8_t pkt[1500];
    for (;;) {
        ssize_t n = recvfrom(sock, pkt, sizeof pkt, 0, NULL, NULL);
        if (n <= 0) continue;
        struct reading r;
        if (parse_datagram(pkt, (size_t)n, &r) == 0)
            printf("sensor %u (%s)\n", r.sensor, r.name);
    }
}
