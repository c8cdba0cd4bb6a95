#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

FILE *open_scratch(void) {
    char name[] = "/tmp/scratch-XXXXXX";
    int fd = mkstemp(name);
    if (fd < 0) return NULL;
    unlink(name);
    return fdopen(fd, "w+");
}
