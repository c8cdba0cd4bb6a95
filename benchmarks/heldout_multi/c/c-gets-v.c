#include <ctype.h>
#include <stdio.h>

int main(void) {
    char line[128];
    printf("Enter text: ");
    gets(line);
    for (char *p = line; *p; p++) *p = (char)toupper((unsigned char)*p);
    puts(line);
    return 0;
}
