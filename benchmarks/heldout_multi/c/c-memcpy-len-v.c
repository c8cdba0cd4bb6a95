#include <stdint.h>
#include <string.h>
#include <sys/socket.h>

struct packet { uint16_t len; char data[256]; };

int read_packet(int sock, struct packet *pkt) {
    unsigned char hdr[2];
    unsigned char body[65536];
    if (recv(sock, hdr, 2, MSG_WAITALL) != 2) return -1;
    uint16_t len = (uint16_t)(hdr[0] << 8 | hdr[1]);
    if (recv(sock, body, len, MSG_WAITALL) != len) return -1;
    pkt->len = len;
    memcpy(pkt->data, body, len);
    return 0;
}
