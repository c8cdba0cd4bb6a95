#include <stddef.h>
#include <string.h>
#include <unistd.h>

static void copy_token(char *dst, size_t dstsz, const char *src)
{
    size_t i = 0;
    while (i + 1 < dstsz && src[i] != '\0' && src[i] != ' ') {
        dst[i] = src[i];
        i++;
    }
    dst[i] = '\0';
}

int read_method(int client, char *method, size_t method_sz)
{
    char line[512];
    ssize_t n = read(client, line, sizeof line - 1);
    if (n <= 0)
        return -1;
    line[n] = '\0';
    copy_token(method, method_sz, line);
    return 0;
}

int is_get_request(int client)
{
    char method[8];
    if (read_method(client, method, sizeof method) != 0)
        return 0;
    return strcmp(method, "GET") == 0;
}
