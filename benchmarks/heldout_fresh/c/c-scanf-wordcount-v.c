#include <stdio.h>
#include <string.h>

int main(int argc, char **argv)
{
    char word[64];
    long hits = 0, total = 0;

    if (argc != 2) {
        fprintf(stderr, "usage: %s WORD < text\n", argv[0]);
        return 2;
    }
    while (scanf("%s", word) == 1) {
        total++;
        if (strcmp(word, argv[1]) == 0)
            hits++;
    }
    printf("%ld of %ld words\n", hits, total);
    return 0;
}
