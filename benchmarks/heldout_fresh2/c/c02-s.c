/* CGI network diagnostics page: ping a host given in the query string. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>

static void url_param(const char *qs, const char *key, char *out, size_t outsz) {
    size_t klen = strlen(key);
    out[0] = '\0';
    while (qs && *qs) {
        if (strncmp(qs, key, klen) == 0 && qs[klen] == '=') {
            size_t i = 0;
            qs += klen + 1;
            while (*qs && *qs != '&' && i + 1 < outsz) out[i++] = *qs++;
            out[i] = '\0';
            return;
        }
        qs = strchr(qs, '&');
        if (qs) qs++;
    }
}

int main(void) {
    char host[128];
    url_param(getenv("QUERY_STRING"), "host", host, sizeof host);
    printf("Content-Type: text/plain\r\n\r\n");
    fflush(stdout);
    if (!host[0] || host[0] == '-') { puts("bad host"); return 0; }

    pid_t pid = fork();
    if (pid == 0) {
        dup2(STDOUT_FILENO, STDERR_FILENO);
        execl("/bin/ping", "ping", "-c", "3", "-W", "2", "--", host, (char *)NULL);
        _exit(127);
    }
    int status;
    if (pid > 0) waitpid(pid, &status, 0);
    return 0;
}
