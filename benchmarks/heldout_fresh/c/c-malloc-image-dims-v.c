#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

struct image { uint32_t w, h; uint8_t *px; };

int load_rgb(const char *path, struct image *img)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return -1;
    uint32_t hdr[2];
    if (fread(hdr, sizeof hdr, 1, f) != 1) { fclose(f); return -1; }
    img->w = hdr[0];
    img->h = hdr[1];
    img->px = malloc(img->w * img->h * 3);
    if (!img->px) { fclose(f); return -1; }
    for (uint32_t row = 0; row < img->h; row++)
        fread(img->px + (size_t)row * img->w * 3, 3, img->w, f);
    fclose(f);
    return 0;
}
