#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

int main(void)
{
    char path[256];
    struct stat st;

    printf("File to inspect: ");
    fflush(stdout);
    if (fgets(path, sizeof path, stdin) == NULL)
        return 1;
    path[strcspn(path, "\n")] = '\0';

    if (stat(path, &st) != 0) {
        perror("stat");
        return 1;
    }
    printf("%s: %lld bytes\n", path, (long long)st.st_size);
    return 0;
}
