#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *export_csv(const char *const *rows, size_t nrows)
{
    char name[L_tmpnam];
    if (tmpnam(name) == NULL)
        return NULL;
    FILE *f = fopen(name, "w");
    if (!f)
        return NULL;
    for (size_t i = 0; i < nrows; i++)
        fprintf(f, "%s\n", rows[i]);
    fclose(f);
    return strdup(name);
}
