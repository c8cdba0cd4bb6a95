#include <ctype.h>
#include <stdio.h>
#include <string.h>

int main(void) {
    char line[128];
    printf("Enter text: ");
    if (!fgets(line, sizeof line, stdin)) return 1;
    line[strcspn(line, "\n")] = '\0';
    for (char *p = line; *p; p++) *p = (char)toupper((unsigned char)*p);
    puts(line);
    return 0;
}
