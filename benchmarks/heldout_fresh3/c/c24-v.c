#include <stdio.h>
#include <string.h>

#define GALLERY "/srv/gallery"

static int path_part_ok(const char *s)
{
    return s[0] != '\0' && s[0] != '.' && strchr(s, '/') == NULL;
}

/* out has room for outsz bytes */
int gallery_path(char *out, size_t outsz, const char *album,
                 const char *size, const char *photo)
{
    if (!path_part_ok(album) || !path_part_ok(size) || !path_part_ok(photo))
        return -1;
    if (outsz < sizeof GALLERY)
        return -1;
    strcpy(out, GALLERY);
    strcat(out, "/");
    strcat(out, album);
    strcat(out, "/");
    strcat(out, size);
    strcat(out, "/");
    strcat(out, photo);
    return 0;
}
