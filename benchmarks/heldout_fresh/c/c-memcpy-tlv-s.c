#include <stdint.h>
#include <string.h>
#include <sys/types.h>

struct device_info {
    char name[64];
    uint16_t type;
};

int parse_tlv(const uint8_t *pkt, size_t pkt_len, struct device_info *out)
{
    if (pkt_len < 3)
        return -1;
    out->type = pkt[0];
    uint16_t len = (uint16_t)(pkt[1] << 8 | pkt[2]);
    if (len >= sizeof out->name || len > pkt_len - 3)
        return -1;
    memcpy(out->name, pkt + 3, len);
    out->name[len] = '\0';
    return 0;
}
