/* Parse "KEY=VALUE" lines from stdin into a small fixed-size environment table. */
#include <stdio.h>
#include <string.h>

#define KEY_MAX 16
#define VAL_MAX 64

struct entry { char key[KEY_MAX]; char val[VAL_MAX]; };

static void copy_field(char *dst, size_t cap, const char *src, size_t len) {
    size_t i;
    for (i = 0; i < len && i <= cap - 1; i++)
        dst[i] = src[i];
    dst[i] = '\0';
}

int read_entries(struct entry *tab, int max) {
    char line[256];
    int n = 0;
    while (n < max && fgets(line, sizeof line, stdin)) {
        line[strcspn(line, "\n")] = '\0';
        char *eq = strchr(line, '=');
        if (!eq) continue;
        copy_field(tab[n].key, KEY_MAX, line, (size_t)(eq - line));
        copy_field(tab[n].val, VAL_MAX, eq + 1, strlen(eq + 1));
        n++;
    }
    return n;
}

int main(void) {
    struct entry tab[32];
    int n = read_entries(tab, 32);
    for (int i = 0; i < n; i++) printf("%s -> %s\n", tab[i].key, tab[i].val);
    return 0;
}
