/* Palette lookup service: the client sends [u8 palette][u16 color index], we answer the RGB value. */
#include <stdint.h>
#include <unistd.h>
#include <sys/socket.h>

#define PALETTES 4
#define COLORS 256

static uint32_t palettes[PALETTES][COLORS];

static uint32_t lookup(unsigned palette, unsigned index) {
    return palettes[palette][index];
}

void handle_request(int fd) {
    uint8_t req[3];
    if (recv(fd, req, sizeof req, MSG_WAITALL) != (ssize_t)sizeof req) return;
    unsigned palette = req[0];
    unsigned index = (unsigned)req[1] << 8 | req[2];
    if (palette >= PALETTES) return;

    uint32_t rgb = lookup(palette, index);
    uint8_t out[3] = { (uint8_t)(rgb >> 16), (uint8_t)(rgb >> 8), (uint8_t)rgb };
    send(fd, out, sizeof out, 0);
}
