#include <string.h>

struct greeting { char text[8]; };

void set_default_greeting(struct greeting *g) {
    strcpy(g->text, "hello");
}
