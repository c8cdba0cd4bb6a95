#include <curl/curl.h>
#include <stdio.h>

int main(void) {
    CURL *c = curl_easy_init();
    FILE *out = fopen("update.bin", "wb");
    curl_easy_setopt(c, CURLOPT_URL, "https://updates.example.com/latest.bin");
    curl_easy_setopt(c, CURLOPT_WRITEDATA, out);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 0L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 0L);
    CURLcode rc = curl_easy_perform(c);
    fclose(out);
    curl_easy_cleanup(c);
    return rc == CURLE_OK ? 0 : 1;
}
