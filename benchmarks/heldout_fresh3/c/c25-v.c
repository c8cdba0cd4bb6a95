#include <stdint.h>
#include <string.h>

#define OPT_NAME 0x01

/* buf/len: the option area of a packet read from the network */
int find_device_name(const uint8_t *buf, size_t len, char *name, size_t namesz)
{
    size_t off = 0;
    while (off + 2 <= len) {
        uint8_t type = buf[off];
        uint8_t vlen = buf[off + 1];
        const uint8_t *val = buf + off + 2;

        if (type == OPT_NAME) {
            size_t n = vlen < namesz - 1 ? vlen : namesz - 1;
            memcpy(name, val, n);
            name[n] = '\0';
            return 0;
        }
        off += 2u + vlen;
    }
    return -1;
}
