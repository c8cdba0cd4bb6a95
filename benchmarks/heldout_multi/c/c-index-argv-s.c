#include <stdio.h>
#include <stdlib.h>

static const char *DAYS[7] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

int main(int argc, char **argv) {
    if (argc < 2) return 1;
    int day = atoi(argv[1]);
    if (day < 0 || day >= 7) return 1;
    puts(DAYS[day]);
    return 0;
}
