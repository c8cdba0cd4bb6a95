/* CGI link preview: fetch the page given in ?url= and return its first 4 KiB. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <curl/curl.h>

static size_t sink(char *p, size_t sz, size_t n, void *ud) {
    size_t *left = ud, want = sz * n, take = want < *left ? want : *left;
    fwrite(p, 1, take, stdout);
    *left -= take;
    return want;
}

int main(void) {
    const char *qs = getenv("QUERY_STRING");
    char url[1024];
    if (!qs || sscanf(qs, "url=%1023[^&]", url) != 1) {
        printf("Status: 400\r\nContent-Type: text/plain\r\n\r\nurl required\n");
        return 0;
    }
    printf("Content-Type: text/plain\r\n\r\n");
    fflush(stdout);

    size_t left = 4096;
    CURL *c = curl_easy_init();
    curl_easy_setopt(c, CURLOPT_URL, url);
    curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(c, CURLOPT_TIMEOUT, 5L);
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, sink);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &left);
    curl_easy_perform(c);
    curl_easy_cleanup(c);
    return 0;
}
