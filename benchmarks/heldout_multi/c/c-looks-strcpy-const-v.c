#include <string.h>

struct greeting { char text[8]; };

void set_greeting(struct greeting *g, const char *text) {
    strcpy(g->text, text);
}
