#include <sys/random.h>

int make_session_key(unsigned char key[32]) {
    return getrandom(key, 32, 0) == 32 ? 0 : -1;
}
