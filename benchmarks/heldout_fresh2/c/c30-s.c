/* CGI link preview: fetch the page given in ?url= and return its first 4 KiB. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <curl/curl.h>

static const char *const ALLOWED_HOSTS[] = { "docs.example.com", "blog.example.com" };

static size_t sink(char *p, size_t sz, size_t n, void *ud) {
    size_t *left = ud, want = sz * n, take = want < *left ? want : *left;
    fwrite(p, 1, take, stdout);
    *left -= take;
    return want;
}

static int host_allowed(const char *url) {
    CURLU *u = curl_url();
    char *host = NULL, *scheme = NULL;
    int ok = 0;
    if (curl_url_set(u, CURLUPART_URL, url, 0) == CURLUE_OK &&
        curl_url_get(u, CURLUPART_SCHEME, &scheme, 0) == CURLUE_OK &&
        curl_url_get(u, CURLUPART_HOST, &host, 0) == CURLUE_OK &&
        strcmp(scheme, "https") == 0) {
        for (size_t i = 0; i < sizeof ALLOWED_HOSTS / sizeof *ALLOWED_HOSTS; i++)
            if (strcmp(host, ALLOWED_HOSTS[i]) == 0) ok = 1;
    }
    curl_free(host);
    curl_free(scheme);
    curl_url_cleanup(u);
    return ok;
}

int main(void) {
    const char *qs = getenv("QUERY_STRING");
    char url[1024];
    if (!qs || sscanf(qs, "url=%1023[^&]", url) != 1 || !host_allowed(url)) {
        printf("Status: 400\r\nContent-Type: text/plain\r\n\r\nurl not allowed\n");
        return 0;
    }
    printf("Content-Type: text/plain\r\n\r\n");
    fflush(stdout);

    size_t left = 4096;
    CURL *c = curl_easy_init();
    curl_easy_setopt(c, CURLOPT_URL, url);
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "https");
    curl_easy_setopt(c, CURLOPT_TIMEOUT, 5L);
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, sink);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &left);
    curl_easy_perform(c);
    curl_easy_cleanup(c);
    return 0;
}
