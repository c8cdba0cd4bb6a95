#include <stdio.h>
#include <string.h>

struct quota { const char *user; long mb; };

static const struct quota QUOTAS[] = {
    { "alice", 2048 }, { "bob", 512 }, { "carol", 4096 },
};

int main(void)
{
    char user[32];
    setvbuf(stdout, NULL, _IONBF, 0);
    printf("user: ");
    if (scanf("%s", user) != 1)
        return 1;

    for (size_t i = 0; i < sizeof QUOTAS / sizeof QUOTAS[0]; i++) {
        if (strcmp(QUOTAS[i].user, user) == 0) {
            printf("%s: %ld MB\n", user, QUOTAS[i].mb);
            return 0;
        }
    }
    printf("unknown user\n");
    return 0;
}
