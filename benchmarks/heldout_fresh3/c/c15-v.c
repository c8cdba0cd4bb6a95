#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

/* out must hold 33 bytes */
int new_session_token(char out[33])
{
    static int seeded;
    unsigned char raw[16];
    if (!seeded) {
        srand((unsigned)time(NULL) ^ (unsigned)getpid());
        seeded = 1;
    }
    for (size_t i = 0; i < sizeof raw; i++)
        raw[i] = (unsigned char)(rand() & 0xff);

    for (size_t i = 0; i < sizeof raw; i++)
        snprintf(out + 2 * i, 3, "%02x", raw[i]);
    return 0;
}
