#include <stdio.h>
#include <sys/stat.h>

int main(void)
{
    char path[256];
    struct stat st;

    printf("File to inspect: ");
    fflush(stdout);
    if (gets(path) == NULL)
        return 1;

    if (stat(path, &st) != 0) {
        perror("stat");
        return 1;
    }
    printf("%s: %lld bytes\n", path, (long long)st.st_size);
    return 0;
}
