"""C code that looks unsafe at a glance and is not, the way careful answers write it (bound and escaped SQL,
argument vectors and allow-lists before a shell, realpath containment, escaping helpers, fixed-path redirects,
hardened parsers, constant-time compares, bounded copies, checked indexes, nulled pointers), across CGI,
libmicrohttpd, mongoose, sqlite3, libpq, MySQL, OpenSSL, libxml2, libcurl and libarchive; and the unsafe twin
of each idiom that must keep firing. Findings come from the real tree-sitter engine."""

from __future__ import annotations

import pytest

from curator.engines import EngineConfig
from curator.engines.treesitter import TreeSitterEngine
from curator.model import Record, RecordResult, Snippet

_ENGINE: list[TreeSitterEngine] = []

HEAD = "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n"


def findings(code: str) -> set[str]:
    if not _ENGINE:
        _ENGINE.append(TreeSitterEngine(EngineConfig()))
    text = HEAD + code
    record = Record("test", 1, text.encode(), "jsonl")
    snippet = Snippet(record.record_id, 0, 0, "assistant", "c", text, 1, False)
    return {f.rule_id for f in _ENGINE[0].scan([RecordResult(record, [snippet])]).findings}


SAFE = [
    pytest.param(r"""#include <sqlite3.h>
static int bind_text(sqlite3_stmt *st, int idx, const char *v) {
    return sqlite3_bind_text(st, idx, v, -1, SQLITE_TRANSIENT);
}
int find_user(sqlite3 *db) {
    const char *qs = getenv("QUERY_STRING");
    if (qs == NULL) return -1;
    char name[64];
    if (sscanf(qs, "name=%63[^&]", name) != 1) return -1;
    sqlite3_stmt *st = NULL;
    const char *sql = "SELECT id, email FROM users WHERE name = ?1";
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) return -1;
    bind_text(st, 1, name);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) printf("Content-Type: text/plain\r\n\r\n%d\n", sqlite3_column_int(st, 0));
    sqlite3_finalize(st);
    return 0;
}
""", id="sqlite-bound-param-via-helper"),
    pytest.param(r"""#include <libpq-fe.h>
int lookup(PGconn *conn, const char *user_id) {
    const char *params[1] = { user_id };
    PGresult *res = PQexecParams(conn, "SELECT name FROM accounts WHERE id = $1", 1, NULL, params, NULL, NULL, 0);
    if (PQresultStatus(res) != PGRES_TUPLES_OK) { PQclear(res); return -1; }
    printf("%s\n", PQgetvalue(res, 0, 0));
    PQclear(res);
    return 0;
}
""", id="libpq-PQexecParams"),
    pytest.param(r"""#include <sqlite3.h>
int page(sqlite3 *db, const char *arg) {
    char *end = NULL;
    long limit = strtol(arg, &end, 10);
    if (*end != '\0' || limit < 1 || limit > 100) return -1;
    char sql[128];
    snprintf(sql, sizeof sql, "SELECT id FROM items ORDER BY id LIMIT %ld", limit);
    return sqlite3_exec(db, sql, NULL, NULL, NULL);
}
""", id="sqlite-snprintf-of-integer-into-SQL"),
    pytest.param(r"""#include <sqlite3.h>
int add_tag(sqlite3 *db, const char *tag) {
    char *sql = sqlite3_mprintf("INSERT INTO tags(name) VALUES(%Q)", tag);
    if (sql == NULL) return -1;
    int rc = sqlite3_exec(db, sql, NULL, NULL, NULL);
    sqlite3_free(sql);
    return rc;
}
""", id="sqlite3_mprintf-%Q"),
    pytest.param(r"""#include <libpq-fe.h>
int del(PGconn *conn, const char *name) {
    char *lit = PQescapeLiteral(conn, name, strlen(name));
    if (lit == NULL) return -1;
    char q[512];
    snprintf(q, sizeof q, "DELETE FROM sessions WHERE owner = %s", lit);
    PQfreemem(lit);
    PGresult *r = PQexec(conn, q);
    PQclear(r);
    return 0;
}
""", id="libpq-PQescapeLiteral"),
    pytest.param(r"""#include <unistd.h>
#include <sys/wait.h>
int ping_host(const char *host) {
    pid_t pid = fork();
    if (pid < 0) return -1;
    if (pid == 0) {
        char *const argv[] = { "ping", "-c", "1", "--", (char *)host, NULL };
        execvp("ping", argv);
        _exit(127);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}
""", id="command-execvp-argument-vector"),
    pytest.param(r"""static const char *const REPORTS[] = { "uptime", "df -h", "free -m" };
int run_report(int argc, char **argv) {
    if (argc < 2) return 1;
    int idx = atoi(argv[1]);
    if (idx < 0 || idx >= (int)(sizeof REPORTS / sizeof REPORTS[0])) return 1;
    FILE *p = popen(REPORTS[idx], "r");
    if (!p) return 1;
    char line[256];
    while (fgets(line, sizeof line, p)) fputs(line, stdout);
    return pclose(p);
}
""", id="command-allow-list-before-popen"),
    pytest.param(r"""int restart(const char *svc) {
    if (strcmp(svc, "nginx") != 0 && strcmp(svc, "redis") != 0) return -1;
    char cmd[64];
    snprintf(cmd, sizeof cmd, "systemctl restart %s", svc);
    return system(cmd);
}
""", id="command-strcmp-allow-list"),
    pytest.param(r"""int sleep_for(const char *arg) {
    int secs = atoi(arg);
    if (secs <= 0 || secs > 60) return -1;
    char cmd[32];
    snprintf(cmd, sizeof(cmd), "sleep %d", secs);
    return system(cmd);
}
""", id="command-numeric"),
    pytest.param(r"""#include <limits.h>
#define BASE_DIR "/srv/files"
FILE *open_download(const char *name) {
    char joined[PATH_MAX];
    char resolved[PATH_MAX];
    int n = snprintf(joined, sizeof joined, "%s/%s", BASE_DIR, name);
    if (n < 0 || (size_t)n >= sizeof joined) return NULL;
    if (realpath(joined, resolved) == NULL) return NULL;
    if (strncmp(resolved, BASE_DIR "/", strlen(BASE_DIR) + 1) != 0) return NULL;
    return fopen(resolved, "rb");
}
""", id="path-realpath-containment"),
    pytest.param(r"""FILE *open_report(const char *name) {
    if (name == NULL || name[0] == '\0' || strstr(name, "..") != NULL || strchr(name, '/') != NULL) return NULL;
    char path[256];
    snprintf(path, sizeof path, "/var/reports/%s.txt", name);
    return fopen(path, "r");
}
""", id="path-reject-dotdot-and-slash"),
    pytest.param(r"""static int is_safe_name(const char *s) {
    if (!*s) return 0;
    for (; *s; s++) {
        if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '_')) return 0;
    }
    return 1;
}
int show(const char *qs) {
    if (!is_safe_name(qs)) { puts("Status: 400\r\n"); return 1; }
    char path[128];
    snprintf(path, sizeof path, "/data/%s.json", qs);
    FILE *f = fopen(path, "r");
    if (!f) return 1;
    fclose(f);
    return 0;
}
""", id="path-charset-validation"),
    pytest.param(r"""static void html_escape(FILE *out, const char *s) {
    for (; *s; s++) {
        switch (*s) {
        case '<': fputs("&lt;", out); break;
        case '>': fputs("&gt;", out); break;
        case '&': fputs("&amp;", out); break;
        case '"': fputs("&quot;", out); break;
        case '\'': fputs("&#39;", out); break;
        default: fputc(*s, out);
        }
    }
}
int main(void) {
    const char *qs = getenv("QUERY_STRING");
    printf("Content-Type: text/html\r\n\r\n");
    printf("<p>You searched for: ");
    html_escape(stdout, qs ? qs : "");
    printf("</p>\n");
    return 0;
}
""", id="xss-html-escape-helper"),
    pytest.param(r"""int main(void) {
    const char *qs = getenv("QUERY_STRING");
    long id = qs ? strtol(qs, NULL, 10) : 0;
    printf("Content-Type: text/html\r\n\r\n<h1>Item %ld</h1>\n", id);
    return 0;
}
""", id="xss-numeric-echo"),
    pytest.param(r"""int main(void) {
    const char *qs = getenv("QUERY_STRING");
    printf("Content-Type: text/plain; charset=utf-8\r\n\r\n");
    printf("query length: %zu\n", qs ? strlen(qs) : (size_t)0);
    return 0;
}
""", id="xss-plain-text-content-type"),
    pytest.param(r"""int main(void) {
    const char *next = getenv("QUERY_STRING");
    if (next == NULL || next[0] != '/' || next[1] == '/' || next[1] == '\\' || strchr(next, '\r') || strchr(next, '\n')) {
        next = "/";
    }
    printf("Status: 302 Found\r\nLocation: %s\r\n\r\n", next);
    return 0;
}
""", id="redirect-path-only"),
    pytest.param(r"""static const char *const TARGETS[] = { "/home", "/account", "/help" };
int main(void) {
    const char *qs = getenv("QUERY_STRING");
    int i = qs ? atoi(qs) : 0;
    if (i < 0 || i > 2) i = 0;
    printf("Status: 302 Found\r\nLocation: %s\r\n\r\n", TARGETS[i]);
    return 0;
}
""", id="redirect-allow-list-table"),
    pytest.param(r"""#include <curl/curl.h>
int fetch(const char *target) {
    CURLU *u = curl_url();
    char *host = NULL, *scheme = NULL;
    int ok = 0;
    if (curl_url_set(u, CURLUPART_URL, target, 0) == CURLUE_OK &&
        curl_url_get(u, CURLUPART_HOST, &host, 0) == CURLUE_OK &&
        curl_url_get(u, CURLUPART_SCHEME, &scheme, 0) == CURLUE_OK) {
        ok = strcmp(scheme, "https") == 0 && strcmp(host, "api.example.com") == 0;
    }
    curl_free(host); curl_free(scheme);
    curl_url_cleanup(u);
    if (!ok) return -1;
    CURL *c = curl_easy_init();
    if (!c) return -1;
    curl_easy_setopt(c, CURLOPT_URL, target);
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "https");
    CURLcode rc = curl_easy_perform(c);
    curl_easy_cleanup(c);
    return rc == CURLE_OK ? 0 : -1;
}
""", id="ssrf-exact-host-check-with-curl_url"),
    pytest.param(r"""#include <curl/curl.h>
int get_user(const char *user) {
    CURL *c = curl_easy_init();
    if (!c) return -1;
    char *esc = curl_easy_escape(c, user, 0);
    char url[512];
    snprintf(url, sizeof url, "https://api.example.com/users/%s", esc);
    curl_free(esc);
    curl_easy_setopt(c, CURLOPT_URL, url);
    CURLcode rc = curl_easy_perform(c);
    curl_easy_cleanup(c);
    return rc == CURLE_OK ? 0 : -1;
}
""", id="ssrf-fixed-base-with-escaped-path-param"),
    pytest.param(r"""#include <libxml/parser.h>
int parse_body(const char *buf, int len) {
    xmlDocPtr doc = xmlReadMemory(buf, len, "body.xml", NULL, XML_PARSE_NONET | XML_PARSE_NOERROR);
    if (doc == NULL) return -1;
    xmlNodePtr root = xmlDocGetRootElement(doc);
    int ok = root != NULL;
    xmlFreeDoc(doc);
    return ok ? 0 : -1;
}
""", id="xxe-libxml2-no-NOENT"),
    pytest.param(r"""#include <libxml/parser.h>
xmlDocPtr load(const char *path) {
    xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
    if (!ctxt) return NULL;
    xmlDocPtr d = xmlCtxtReadFile(ctxt, path, NULL, XML_PARSE_NONET);
    xmlFreeParserCtxt(ctxt);
    return d;
}
""", id="xxe-ctxt-options-explicit-safe"),
    pytest.param(r"""#include <syslog.h>
void audit(const char *user) {
    syslog(LOG_INFO, "login attempt for user %s", user);
}
""", id="log-syslog-with-format"),
    pytest.param(r"""int main(void) {
    const char *qs = getenv("QUERY_STRING");
    fprintf(stderr, "request: %s\n", qs ? qs : "(none)");
    printf("Content-Type: text/plain\r\n\r\nok\n");
    return 0;
}
""", id="log-fprintf-stderr-with-format"),
    pytest.param(r"""void echo_line(const char *line) {
    fputs(line, stdout);
    printf("%s", line);
}
""", id="format-string-fputs"),
    pytest.param(r"""#include <openssl/evp.h>
int digest(const unsigned char *data, size_t len, unsigned char out[EVP_MAX_MD_SIZE], unsigned int *outlen) {
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    if (!ctx) return -1;
    int ok = EVP_DigestInit_ex(ctx, EVP_sha256(), NULL) && EVP_DigestUpdate(ctx, data, len) && EVP_DigestFinal_ex(ctx, out, outlen);
    EVP_MD_CTX_free(ctx);
    return ok ? 0 : -1;
}
""", id="crypto-sha256-for-file-checksum"),
    pytest.param(r"""#include <openssl/evp.h>
#include <openssl/rand.h>
int seal(const unsigned char *key, const unsigned char *pt, int ptlen, unsigned char *iv, unsigned char *ct, unsigned char *tag) {
    if (RAND_bytes(iv, 12) != 1) return -1;
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int len = 0, total = 0;
    if (!ctx) return -1;
    EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, key, iv);
    EVP_EncryptUpdate(ctx, ct, &len, pt, ptlen); total = len;
    EVP_EncryptFinal_ex(ctx, ct + total, &len); total += len;
    EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, 16, tag);
    EVP_CIPHER_CTX_free(ctx);
    return total;
}
""", id="crypto-AES-GCM-with-random-IV"),
    pytest.param(r"""#include <openssl/evp.h>
#include <openssl/rand.h>
int hash_password(const char *pw, unsigned char salt[16], unsigned char out[32]) {
    if (RAND_bytes(salt, 16) != 1) return -1;
    return PKCS5_PBKDF2_HMAC(pw, (int)strlen(pw), salt, 16, 600000, EVP_sha256(), 32, out) == 1 ? 0 : -1;
}
""", id="password-hash-PBKDF2"),
    pytest.param(r"""#include <openssl/rand.h>
int make_token(char *hex, size_t hexlen) {
    unsigned char raw[16];
    if (hexlen < 33 || RAND_bytes(raw, sizeof raw) != 1) return -1;
    for (size_t i = 0; i < sizeof raw; i++) snprintf(hex + 2 * i, 3, "%02x", raw[i]);
    return 0;
}
""", id="random-token-from-RAND_bytes"),
    pytest.param(r"""#include <libpq-fe.h>
PGconn *connect_db(void) {
    const char *password = getenv("DB_PASSWORD");
    if (password == NULL || password[0] == '\0') {
        fprintf(stderr, "DB_PASSWORD is not set\n");
        return NULL;
    }
    const char *keys[] = { "host", "dbname", "user", "password", NULL };
    const char *vals[] = { "localhost", "app", "app", password, NULL };
    return PQconnectdbParams(keys, vals, 0);
}
""", id="secret-from-env"),
    pytest.param(r"""int check_login(const char *user, const char *password) {
    if (password == NULL || strlen(password) == 0) return 0;
    if (user == NULL || *user == '\0') return 0;
    return 1;
}
""", id="secret-empty-check-rejects"),
    pytest.param(r"""#include <curl/curl.h>
int get(const char *url_const) {
    CURL *c = curl_easy_init();
    if (!c) return -1;
    curl_easy_setopt(c, CURLOPT_URL, "https://api.example.com/status");
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
    CURLcode rc = curl_easy_perform(c);
    curl_easy_cleanup(c);
    return rc == CURLE_OK ? 0 : -1;
}
""", id="tls-verify-on"),
    pytest.param(r"""#include <openssl/ssl.h>
SSL_CTX *make_ctx(void) {
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    if (!ctx) return NULL;
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, NULL);
    SSL_CTX_set_default_verify_paths(ctx);
    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
    return ctx;
}
""", id="tls-openssl-verify-peer"),
    pytest.param(r"""int main(void) {
    char sid[33] = "0123456789abcdef0123456789abcdef";
    printf("Set-Cookie: session=%s; HttpOnly; Secure; SameSite=Strict; Path=/\r\n", sid);
    printf("Content-Type: text/plain\r\n\r\nok\n");
    return 0;
}
""", id="cookie-with-flags"),
    pytest.param(r"""#include <openssl/crypto.h>
int check_mac(const unsigned char *got, const unsigned char *expected, size_t n) {
    return CRYPTO_memcmp(got, expected, n) == 0;
}
""", id="timing-compare-CRYPTO_memcmp"),
    pytest.param(r"""int tokens_equal(const unsigned char *a, const unsigned char *b, size_t n) {
    unsigned char diff = 0;
    for (size_t i = 0; i < n; i++) diff |= a[i] ^ b[i];
    return diff == 0;
}
""", id="timing-compare-hand-rolled-constant-time"),
    pytest.param(r"""#include <unistd.h>
int write_tmp(const char *data) {
    char tmpl[] = "/tmp/upload-XXXXXX";
    int fd = mkstemp(tmpl);
    if (fd < 0) return -1;
    size_t len = strlen(data);
    ssize_t w = write(fd, data, len);
    close(fd);
    unlink(tmpl);
    return w == (ssize_t)len ? 0 : -1;
}
""", id="temp-mkstemp"),
    pytest.param(r"""int scratch(void) {
    FILE *f = tmpfile();
    if (!f) return -1;
    fputs("scratch", f);
    fclose(f);
    return 0;
}
""", id="temp-tmpfile"),
    pytest.param(r"""#include <archive.h>
#include <archive_entry.h>
int extract(struct archive *a) {
    struct archive_entry *e;
    while (archive_read_next_header(a, &e) == ARCHIVE_OK) {
        const char *name = archive_entry_pathname(e);
        if (name[0] == '/' || strstr(name, "..") != NULL) { archive_read_data_skip(a); continue; }
        char dest[4096];
        int n = snprintf(dest, sizeof dest, "/srv/out/%s", name);
        if (n < 0 || (size_t)n >= sizeof dest) continue;
        archive_entry_set_pathname(e, dest);
        if (archive_read_extract(a, e, ARCHIVE_EXTRACT_SECURE_NODOTDOT | ARCHIVE_EXTRACT_SECURE_SYMLINKS) != ARCHIVE_OK) return -1;
    }
    return 0;
}
""", id="zip-slip-libarchive-checked"),
    pytest.param(r"""int main(void) {
    const char *qs = getenv("QUERY_STRING");
    char name[32];
    snprintf(name, sizeof name, "%s", qs ? qs : "");
    printf("Content-Type: text/plain\r\n\r\nlen=%zu\n", strlen(name));
    return 0;
}
""", id="mem-snprintf-into-fixed-buffer-from-CGI"),
    pytest.param(r"""void set_name(char *dst, size_t dstlen, const char *src) {
    if (dstlen == 0) return;
    strncpy(dst, src, dstlen - 1);
    dst[dstlen - 1] = '\0';
}
""", id="mem-strncpy-with-explicit-terminator"),
    pytest.param(r"""#include <stdint.h>
int read_packet(const uint8_t *buf, size_t buflen, uint8_t *payload, size_t cap) {
    if (buflen < 2) return -1;
    size_t len = ((size_t)buf[0] << 8) | buf[1];
    if (len > cap || len > buflen - 2) return -1;
    memcpy(payload, buf + 2, len);
    return (int)len;
}
""", id="mem-length-check-before-memcpy"),
    pytest.param(r"""int copy_user(char out[64], const char *user) {
    if (strlen(user) >= 64) return -1;
    strcpy(out, user);
    return 0;
}
""", id="mem-strlen-check-before-strcpy"),
    pytest.param(r"""int main(int argc, char **argv) {
    static const int prices[5] = { 10, 20, 30, 40, 50 };
    if (argc < 2) return 1;
    char *end;
    long i = strtol(argv[1], &end, 10);
    if (*end != '\0' || i < 0 || i >= 5) return 1;
    printf("%d\n", prices[i]);
    return 0;
}
""", id="mem-checked-index-from-argv"),
    pytest.param(r"""static int counts[16];
void bump(unsigned int slot) {
    if (slot >= sizeof counts / sizeof counts[0]) return;
    counts[slot]++;
}
""", id="mem-checked-index-sizeof"),
    pytest.param(r"""struct conn { char *buf; int fd; };
void conn_reset(struct conn *c) {
    free(c->buf);
    c->buf = NULL;
    if (c->buf == NULL) c->fd = -1;
}
void conn_close(struct conn *c) {
    conn_reset(c);
    free(c->buf);
}
""", id="mem-pointer-nulled-after-free"),
    pytest.param(r"""int push(int **items, size_t *len, size_t *cap, int v) {
    if (*len == *cap) {
        size_t ncap = *cap ? *cap * 2 : 8;
        if (ncap > SIZE_MAX / sizeof **items) return -1;
        int *tmp = realloc(*items, ncap * sizeof **items);
        if (tmp == NULL) return -1;
        *items = tmp;
        *cap = ncap;
    }
    (*items)[(*len)++] = v;
    return 0;
}
""", id="mem-realloc-pattern-with-temp"),
    pytest.param(r"""#include <stdint.h>
int *make_grid(size_t w, size_t h) {
    if (w == 0 || h == 0 || w > SIZE_MAX / h) return NULL;
    int *g = calloc(w * h, sizeof *g);
    return g;
}
""", id="mem-calloc-with-count-and-checked-size"),
    pytest.param(r"""char *dup_upper(const char *s) {
    size_t n = strlen(s);
    char *out = malloc(n + 1);
    if (out == NULL) return NULL;
    for (size_t i = 0; i < n; i++) out[i] = (char)((s[i] >= 'a' && s[i] <= 'z') ? s[i] - 32 : s[i]);
    out[n] = '\0';
    return out;
}
""", id="mem-malloc-null-checked"),
    pytest.param(r"""int main(void) {
    char line[128];
    if (fgets(line, sizeof line, stdin) == NULL) return 1;
    line[strcspn(line, "\n")] = '\0';
    printf("%s\n", line);
    return 0;
}
""", id="mem-fgets-bounded-read"),
    pytest.param(r"""int main(void) {
    char word[32];
    if (scanf("%31s", word) != 1) return 1;
    printf("%s\n", word);
    return 0;
}
""", id="mem-scanf-width"),
    pytest.param(r"""int main(void) {
    const char *cl = getenv("CONTENT_LENGTH");
    long n = cl ? strtol(cl, NULL, 10) : 0;
    if (n <= 0 || n > 4096) { printf("Status: 413\r\n\r\n"); return 1; }
    char *body = malloc((size_t)n + 1);
    if (!body) return 1;
    size_t got = fread(body, 1, (size_t)n, stdin);
    body[got] = '\0';
    printf("Content-Type: text/plain\r\n\r\n%zu bytes\n", got);
    free(body);
    body = NULL;
    return 0;
}
""", id="mem-CGI-content-length-bounded-read"),
    pytest.param(r"""#include <sys/socket.h>
int serve(int fd) {
    char buf[512];
    ssize_t n = recv(fd, buf, sizeof buf - 1, 0);
    if (n <= 0) return -1;
    buf[n] = '\0';
    char reply[600];
    int m = snprintf(reply, sizeof reply, "echo: %s", buf);
    if (m < 0) return -1;
    send(fd, reply, strlen(reply), 0);
    return 0;
}
""", id="mem-socket-recv-bounded"),
    pytest.param(r"""#include <stdint.h>
void *alloc_array(size_t count, size_t size) {
    if (size != 0 && count > SIZE_MAX / size) return NULL;
    return malloc(count * size);
}
""", id="mem-integer-overflow-checked-multiply"),
    pytest.param(r"""int average(const int *v, int n) {
    if (n <= 0) return 0;
    long sum = 0;
    for (int i = 0; i < n; i++) sum += v[i];
    return (int)(sum / n);
}
""", id="mem-divide-checked"),
    pytest.param(r"""size_t copy_bounded(char *dst, const char *src, size_t size) {
    size_t n = strlen(src);
    if (size) {
        size_t c = n >= size ? size - 1 : n;
        memcpy(dst, src, c);
        dst[c] = '\0';
    }
    return n;
}
""", id="mem-strlcpy-style-bounded"),
    pytest.param(r"""char *greeting(const char *name) {
    char buf[64];
    snprintf(buf, sizeof buf, "hello %s", name);
    return strdup(buf);
}
""", id="mem-strdup-for-returned-string-not-stack"),
    pytest.param(r"""const char *status_text(int code) {
    static char buf[32];
    snprintf(buf, sizeof buf, "status %d", code);
    return buf;
}
""", id="mem-static-buffer-returned"),
    pytest.param(r"""#include <microhttpd.h>
char *html_escape_alloc(const char *s);
static enum MHD_Result handle(void *cls, struct MHD_Connection *conn, const char *url, const char *method,
                              const char *version, const char *upload_data, size_t *upload_size, void **ptr) {
    const char *name = MHD_lookup_connection_value(conn, MHD_GET_ARGUMENT_KIND, "name");
    char *safe = html_escape_alloc(name ? name : "guest");
    if (!safe) return MHD_NO;
    char page[512];
    snprintf(page, sizeof page, "<html><body>Hello %s</body></html>", safe);
    free(safe);
    struct MHD_Response *resp = MHD_create_response_from_buffer(strlen(page), page, MHD_RESPMEM_MUST_COPY);
    MHD_add_response_header(resp, "Content-Type", "text/html; charset=utf-8");
    enum MHD_Result ret = MHD_queue_response(conn, MHD_HTTP_OK, resp);
    MHD_destroy_response(resp);
    return ret;
}
""", id="microhttpd-escaped-html"),
    pytest.param(r"""#include <microhttpd.h>
static enum MHD_Result handle(void *cls, struct MHD_Connection *conn, const char *url, const char *method,
                              const char *version, const char *upload_data, size_t *upload_size, void **ptr) {
    const char *q = MHD_lookup_connection_value(conn, MHD_GET_ARGUMENT_KIND, "q");
    char body[256];
    snprintf(body, sizeof body, "you asked for: %s\n", q ? q : "");
    struct MHD_Response *resp = MHD_create_response_from_buffer(strlen(body), body, MHD_RESPMEM_MUST_COPY);
    MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE, "text/plain");
    enum MHD_Result ret = MHD_queue_response(conn, MHD_HTTP_OK, resp);
    MHD_destroy_response(resp);
    return ret;
}
""", id="microhttpd-text-plain-echo"),
    pytest.param(r"""#include <syslog.h>
static void strip_ctl(char *s) { for (; *s; s++) if (*s == '\r' || *s == '\n') *s = ' '; }
int main(void) {
    const char *qs = getenv("QUERY_STRING");
    char user[64];
    snprintf(user, sizeof user, "%s", qs ? qs : "");
    strip_ctl(user);
    openlog("app", LOG_PID, LOG_AUTH);
    syslog(LOG_WARNING, "failed login for %s", user);
    closelog();
    printf("Content-Type: text/plain\r\n\r\nno\n");
    return 0;
}
""", id="log-injection-sanitized-newline"),
    pytest.param(r"""int main(void) {
    const char *lang = getenv("QUERY_STRING");
    if (lang == NULL || strpbrk(lang, "\r\n") != NULL || strlen(lang) > 8) lang = "en";
    printf("Content-Language: %s\r\nContent-Type: text/plain\r\n\r\nok\n", lang);
    return 0;
}
""", id="header-injection-crlf-rejected"),
    pytest.param(r"""#include <ldap.h>
static void ldap_escape(const char *in, char *out, size_t cap) {
    size_t o = 0;
    for (; *in && o + 4 < cap; in++) {
        if (strchr("*()\\", *in) || *in == '\0') o += (size_t)snprintf(out + o, cap - o, "\\%02x", (unsigned char)*in);
        else out[o++] = *in;
    }
    out[o] = '\0';
}
int find(LDAP *ld, const char *user) {
    char esc[256], filter[300];
    ldap_escape(user, esc, sizeof esc);
    snprintf(filter, sizeof filter, "(uid=%s)", esc);
    LDAPMessage *res = NULL;
    int rc = ldap_search_ext_s(ld, "ou=people,dc=example,dc=com", LDAP_SCOPE_SUBTREE, filter, NULL, 0, NULL, NULL, NULL, 0, &res);
    ldap_msgfree(res);
    return rc;
}
""", id="ldap-escaped-filter"),
    pytest.param(r"""#include <regex.h>
int valid_email(const char *input) {
    regex_t re;
    if (regcomp(&re, "^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$", REG_EXTENDED | REG_NOSUB) != 0) return 0;
    int ok = regexec(&re, input, 0, NULL, 0) == 0;
    regfree(&re);
    return ok;
}
""", id="regex-literal-pattern-on-input"),
    pytest.param(r"""#include <termios.h>
int read_password(char *buf, size_t cap) {
    const char *prompt = "Password: ";
    fputs(prompt, stderr);
    if (fgets(buf, (int)cap, stdin) == NULL) return -1;
    buf[strcspn(buf, "\n")] = '\0';
    return 0;
}
""", id="secret-password-prompt-strings"),
    pytest.param(r"""#include <curl/curl.h>
int fetch_status(void) {
    CURL *curl = curl_easy_init();
    if (!curl) return -1;
    curl_easy_setopt(curl, CURLOPT_URL, "https://internal.example.com/health");
    curl_easy_setopt(curl, CURLOPT_CAINFO, "/etc/ssl/certs/ca-bundle.crt");
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, 10L);
    CURLcode res = curl_easy_perform(curl);
    if (res != CURLE_OK) fprintf(stderr, "curl: %s\n", curl_easy_strerror(res));
    curl_easy_cleanup(curl);
    return res == CURLE_OK ? 0 : -1;
}
""", id="tls-curl-with-CA-bundle"),
    pytest.param(r"""#include <syslog.h>
void log_msg(const char *msg) {
    syslog(LOG_ERR, "%s", msg);
    fprintf(stderr, "%s\n", msg);
    char out[128];
    snprintf(out, sizeof out, "%s", msg);
}
""", id="format-string-user-data-as-arg"),
    pytest.param(r"""#include <sqlite3.h>
int insert_scores(sqlite3 *db, const char **names, const int *scores, int n) {
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(db, "INSERT INTO scores(name, score) VALUES(?, ?)", -1, &st, NULL) != SQLITE_OK) return -1;
    for (int i = 0; i < n; i++) {
        sqlite3_bind_text(st, 1, names[i], -1, SQLITE_STATIC);
        sqlite3_bind_int(st, 2, scores[i]);
        if (sqlite3_step(st) != SQLITE_DONE) { sqlite3_finalize(st); return -1; }
        sqlite3_reset(st);
    }
    return sqlite3_finalize(st);
}
""", id="sqlite-prepared-with-loop-binding-and-integer-column"),
    pytest.param(r"""#include <mysql/mysql.h>
int find_mysql(MYSQL *conn, const char *name) {
    char esc[2 * 64 + 1];
    size_t len = strlen(name);
    if (len > 64) return -1;
    mysql_real_escape_string(conn, esc, name, (unsigned long)len);
    char query[256];
    snprintf(query, sizeof query, "SELECT id FROM users WHERE name = '%s'", esc);
    return mysql_query(conn, query);
}
""", id="mysql-real-escape-string"),
    pytest.param(r"""#include <sqlite3.h>
int list_sorted(sqlite3 *db, const char *col) {
    const char *order = "created_at";
    if (strcmp(col, "name") == 0) order = "name";
    else if (strcmp(col, "size") == 0) order = "size";
    char sql[128];
    snprintf(sql, sizeof sql, "SELECT * FROM files ORDER BY %s", order);
    return sqlite3_exec(db, sql, NULL, NULL, NULL);
}
""", id="sql-column-from-allow-list-strcmp"),
    pytest.param(r"""static int is_allowed_host(const char *h) {
    static const char *const ok[] = { "db1", "db2", "cache" };
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) if (strcmp(h, ok[i]) == 0) return 1;
    return 0;
}
int ping(const char *host) {
    if (!is_allowed_host(host)) return -1;
    char cmd[64];
    snprintf(cmd, sizeof cmd, "ping -c 1 %s", host);
    return system(cmd);
}
""", id="command-allowlisted-via-helper-function"),
    pytest.param(r"""#include <spawn.h>
#include <sys/wait.h>
extern char **environ;
int convert(const char *input) {
    pid_t pid;
    char *argv[] = { "convert", (char *)input, "out.png", NULL };
    if (posix_spawnp(&pid, "convert", NULL, NULL, argv, environ) != 0) return -1;
    int st;
    waitpid(pid, &st, 0);
    return st;
}
""", id="command-posix_spawn"),
    pytest.param(r"""#include <libgen.h>
FILE *open_upload(char *name) {
    char *base = basename(name);
    if (strcmp(base, ".") == 0 || strcmp(base, "..") == 0 || strcmp(base, "/") == 0) return NULL;
    char path[256];
    snprintf(path, sizeof path, "/srv/uploads/%s", base);
    return fopen(path, "wb");
}
""", id="path-basename-only"),
    pytest.param(r"""#include <fcntl.h>
int open_in(int dirfd, const char *name) {
    if (strchr(name, '/') || strcmp(name, "..") == 0 || strcmp(name, ".") == 0) return -1;
    return openat(dirfd, name, O_RDONLY | O_NOFOLLOW);
}
""", id="path-openat-with-O_NOFOLLOW-and-name-check"),
    pytest.param(r"""#include "mongoose.h"
static void on_http(struct mg_connection *c, int ev, void *ev_data) {
    if (ev != MG_EV_HTTP_MSG) return;
    struct mg_http_message *hm = (struct mg_http_message *) ev_data;
    char name[64];
    int n = mg_http_get_var(&hm->query, "name", name, sizeof name);
    if (n <= 0) { mg_http_reply(c, 400, "Content-Type: text/plain\r\n", "missing name\n"); return; }
    mg_http_reply(c, 200, "Content-Type: application/json\r\n", "{%m:%m}\n", MG_ESC("name"), MG_ESC(name));
}
""", id="mongoose-json-reply-escaped"),
    pytest.param(r"""#include <libintl.h>
#define _(s) gettext(s)
int main(void) {
    printf(_("Usage: tool [options]\n"));
    return 0;
}
""", id="gettext-printf"),
    pytest.param(r"""#define PASSWORD_MIN_LEN 12
static const char *PASSWORD_FIELD = "password";
static const char *TOKEN_HEADER = "X-Auth-Token";
int validate_password(const char *pw) {
    return pw != NULL && strlen(pw) >= PASSWORD_MIN_LEN;
}
""", id="secret-names-only"),
    pytest.param(r"""#include <openssl/crypto.h>
int login(const char *user) {
    char password[128] = "";
    if (fgets(password, sizeof password, stdin) == NULL) return -1;
    password[strcspn(password, "\n")] = '\0';
    int ok = validate_password(password);
    OPENSSL_cleanse(password, sizeof password);
    return ok;
}
""", id="password-zeroized-after-use"),
    pytest.param(r"""int is_png(const unsigned char *buf, size_t len) {
    static const unsigned char sig[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
    return len >= sizeof sig && memcmp(buf, sig, sizeof sig) == 0;
}
""", id="memcmp-magic-header-not-secret"),
    pytest.param(r"""int main(void) {
    printf("Set-Cookie: session=; Max-Age=0; Path=/; Secure; HttpOnly; SameSite=Lax\r\n");
    printf("Status: 302 Found\r\nLocation: /login\r\n\r\n");
    return 0;
}
""", id="cookie-cleared-with-flags"),
    pytest.param(r"""#include <openssl/ssl.h>
static int verify_cb(int preverify_ok, X509_STORE_CTX *store) {
    if (!preverify_ok) {
        int err = X509_STORE_CTX_get_error(store);
        fprintf(stderr, "verify error: %s\n", X509_verify_cert_error_string(err));
    }
    return preverify_ok;
}
SSL_CTX *client_ctx(const char *ca) {
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    if (!ctx) return NULL;
    if (SSL_CTX_load_verify_locations(ctx, ca, NULL) != 1) { SSL_CTX_free(ctx); return NULL; }
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT, verify_cb);
    return ctx;
}
""", id="tls-verify-callback-keeps-result"),
    pytest.param(r"""#include <libxml/parser.h>
xmlDocPtr parse_config(const char *path) {
    xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
    if (ctxt == NULL) return NULL;
    xmlCtxtUseOptions(ctxt, XML_PARSE_NONET | XML_PARSE_NOBLANKS);
    xmlDocPtr doc = xmlCtxtReadFile(ctxt, path, NULL, XML_PARSE_NONET | XML_PARSE_NOBLANKS);
    xmlFreeParserCtxt(ctxt);
    return doc;
}
""", id="xxe-options-without-noent"),
    pytest.param(r"""#include <libxml/parser.h>
xmlDocPtr parse_mem(const char *buf, int len) {
    xmlSubstituteEntitiesDefault(0);
    xmlLoadExtDtdDefaultValue = 0;
    return xmlReadMemory(buf, len, NULL, NULL, 0);
}
""", id="xxe-substitute-entities-off"),
    pytest.param(r"""struct node { struct node *next; char *val; };
void free_list(struct node *head) {
    struct node *cur = head;
    while (cur != NULL) {
        struct node *next = cur->next;
        free(cur->val);
        free(cur);
        cur = next;
    }
}
""", id="list-free-loop"),
    pytest.param(r"""int process(const char *path) {
    char *buf = NULL;
    FILE *f = NULL;
    int rc = -1;
    buf = malloc(4096);
    if (buf == NULL) goto out;
    f = fopen("/etc/app/config.ini", "r");
    if (f == NULL) goto out;
    if (fread(buf, 1, 4095, f) == 0) goto out;
    rc = 0;
out:
    if (f) fclose(f);
    free(buf);
    return rc;
}
""", id="goto-cleanup-single-free"),
    pytest.param(r"""struct item { char *name; };
int item_init(struct item *it, const char *name) {
    char *copy = strdup(name);
    if (copy == NULL) return -1;
    it->name = copy;
    return 0;
}
""", id="ownership-transferred-to-struct"),
    pytest.param(r"""void *xmalloc(size_t n) {
    void *p = malloc(n);
    if (p == NULL) { perror("malloc"); exit(EXIT_FAILURE); }
    return p;
}
int use(void) {
    int *v = xmalloc(10 * sizeof *v);
    v[0] = 1;
    int r = v[0];
    free(v);
    return r;
}
""", id="malloc-failure-exits"),
    pytest.param(r"""const char *level_name(int level) {
    const char *name;
    switch (level) {
    case 0: name = "debug"; break;
    case 1: name = "info"; break;
    default: name = "other"; break;
    }
    return name;
}
""", id="switch-assigns-all-paths"),
    pytest.param(r"""char *format_id(char *out, size_t cap, int id) {
    snprintf(out, cap, "id-%d", id);
    return out;
}
""", id="caller-buffer-returned"),
    pytest.param(r"""#include <stdint.h>
char *concat(const char *a, const char *b) {
    size_t la = strlen(a), lb = strlen(b);
    if (la > SIZE_MAX - lb - 1) return NULL;
    char *out = malloc(la + lb + 1);
    if (!out) return NULL;
    memcpy(out, a, la);
    memcpy(out + la, b, lb + 1);
    return out;
}
""", id="add-overflow-checked"),
    pytest.param(r"""#include <stdint.h>
int body_len(const uint8_t *pkt, size_t len, size_t hdr) {
    if (len < hdr) return -1;
    size_t body = len - hdr;
    return (int)(body > 65535 ? 65535 : body);
}
""", id="underflow-checked"),
    pytest.param(r"""#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
int open_regular(const char *path) {
    int fd = open(path, O_RDONLY | O_NOFOLLOW);
    if (fd < 0) return -1;
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) { close(fd); return -1; }
    return fd;
}
""", id="toctou-avoided-open-then-fstat"),
    pytest.param(r"""#include <sys/stat.h>
int secure_file(const char *path) {
    umask(077);
    return chmod(path, 0640);
}
""", id="chmod-0640-and-umask-077"),
    pytest.param(r"""void default_name(char name[64]) {
    strcpy(name, "anonymous");
    strcat(name, "-user");
}
""", id="strcpy-literal-into-big-buffer"),
    pytest.param(r"""int main(void) {
    int n;
    if (scanf("%d", &n) != 1 || n < 0 || n > 100) return 1;
    printf("%d\n", n * 2);
    return 0;
}
""", id="scanf-integer"),
    pytest.param(r"""void show_upper(const char *s) {
    char *copy = strdup(s);
    if (!copy) return;
    for (char *p = copy; *p; p++) if (*p >= 'a' && *p <= 'z') *p -= 32;
    puts(copy);
    free(copy);
}
""", id="free-strdup-result"),
    pytest.param(r"""#include <curl/curl.h>
#define API_BASE "https://api.example.com/"
int proxy(const char *url) {
    if (strncmp(url, API_BASE, strlen(API_BASE)) != 0) return -1;
    CURL *c = curl_easy_init();
    if (!c) return -1;
    curl_easy_setopt(c, CURLOPT_URL, url);
    curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 0L);
    CURLcode rc = curl_easy_perform(c);
    curl_easy_cleanup(c);
    return rc == CURLE_OK ? 0 : -1;
}
""", id="ssrf-prefix-check-with-trailing-slash"),
    pytest.param(r"""#include <curl/curl.h>
int main(void) {
    const char *qs = getenv("QUERY_STRING");
    CURL *c = curl_easy_init();
    if (!c) return 1;
    curl_easy_setopt(c, CURLOPT_URL, "https://hooks.example.com/notify");
    curl_easy_setopt(c, CURLOPT_POSTFIELDS, qs ? qs : "");
    CURLcode rc = curl_easy_perform(c);
    curl_easy_cleanup(c);
    printf("Content-Type: text/plain\r\n\r\n%s\n", rc == CURLE_OK ? "sent" : "failed");
    return 0;
}
""", id="curl-fixed-url-post-body-from-input"),
    pytest.param(r"""#include <unistd.h>
int list_dir(const char *dir) {
    pid_t pid = fork();
    if (pid == 0) {
        execl("/bin/ls", "ls", "-l", "--", dir, (char *)NULL);
        _exit(127);
    }
    return pid > 0 ? 0 : -1;
}
""", id="execl-absolute-no-shell"),
    pytest.param(r"""#include <unistd.h>
int count_lines(const char *file) {
    pid_t pid = fork();
    if (pid == 0) {
        execlp("sh", "sh", "-c", "wc -l -- \"$1\"", "sh", file, (char *)NULL);
        _exit(127);
    }
    return pid > 0 ? 0 : -1;
}
""", id="sh--c-with-positional-parameter"),
    pytest.param(r"""#include <sqlite3.h>
static const char *const TABLES[] = { "orders", "invoices" };
int count_rows(sqlite3 *db, int which) {
    if (which < 0 || which > 1) return -1;
    char sql[64];
    snprintf(sql, sizeof sql, "SELECT COUNT(*) FROM %s", TABLES[which]);
    return sqlite3_exec(db, sql, NULL, NULL, NULL);
}
""", id="sql-table-name-from-const-array"),
    pytest.param(r"""#define DATA_DIR "/var/lib/app"
FILE *open_record(const char *arg) {
    char *end;
    long id = strtol(arg, &end, 10);
    if (end == arg || *end != '\0' || id <= 0) return NULL;
    char path[256];
    snprintf(path, sizeof path, "%s/%ld.txt", DATA_DIR, id);
    return fopen(path, "r");
}
""", id="path-numeric-id-under-data-dir"),
    pytest.param(r"""void warn_disk(void) {
    const char *msg = "disk almost full\n";
    fprintf(stderr, msg);
    printf(msg);
}
""", id="format-string-const-message-variable"),
    pytest.param(r"""#include <mysql/mysql.h>
MYSQL *db_open(void) {
    const char *pass = getenv("MYSQL_PASSWORD");
    if (pass == NULL || *pass == '\0') return NULL;
    MYSQL *conn = mysql_init(NULL);
    if (!conn) return NULL;
    if (!mysql_real_connect(conn, "localhost", "app", pass, "appdb", 0, NULL, 0)) { mysql_close(conn); return NULL; }
    return conn;
}
""", id="mysql-connect-password-from-env"),
    pytest.param(r"""#include <libpq-fe.h>
PGconn *db(void) {
    PGconn *c = PQconnectdb("host=localhost dbname=app user=app sslmode=verify-full");
    if (PQstatus(c) != CONNECTION_OK) { fprintf(stderr, "%s", PQerrorMessage(c)); PQfinish(c); return NULL; }
    return c;
}
""", id="libpq-conninfo-without-password-uses-pgpass"),
    pytest.param(r"""#include <openssl/sha.h>
void fingerprint(const unsigned char *data, size_t n, unsigned char out[SHA256_DIGEST_LENGTH]) {
    SHA256(data, n, out);
}
""", id="sha256-one-shot"),
    pytest.param(r"""#include <openssl/ssl.h>
SSL_CTX *server_ctx(const char *cert, const char *key) {
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    if (!ctx) return NULL;
    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
    if (SSL_CTX_use_certificate_chain_file(ctx, cert) != 1 || SSL_CTX_use_PrivateKey_file(ctx, key, SSL_FILETYPE_PEM) != 1) {
        SSL_CTX_free(ctx);
        return NULL;
    }
    return ctx;
}
""", id="tls-server-ctx-no-client-certs"),
    pytest.param(r"""#include <microhttpd.h>
int set_session(struct MHD_Response *resp, const char *sid) {
    char cookie[128];
    snprintf(cookie, sizeof cookie, "sid=%s; Path=/; HttpOnly; Secure; SameSite=Strict", sid);
    return MHD_add_response_header(resp, MHD_HTTP_HEADER_SET_COOKIE, cookie);
}
""", id="microhttpd-cookie-header-with-flags"),
    pytest.param(r"""#include <unistd.h>
#include <fcntl.h>
int make_workdir(char *out, size_t cap) {
    char tmpl[] = "/tmp/build-XXXXXX";
    if (mkdtemp(tmpl) == NULL) return -1;
    int n = snprintf(out, cap, "%s/out.log", tmpl);
    if (n < 0 || (size_t)n >= cap) return -1;
    int fd = open(out, O_WRONLY | O_CREAT | O_EXCL, 0600);
    if (fd < 0) return -1;
    close(fd);
    return 0;
}
""", id="mkdtemp-private-dir"),
    pytest.param(r"""void chomp(char *s) {
    size_t len = strlen(s);
    if (len > 0 && s[len - 1] == '\n') s[len - 1] = '\0';
}
""", id="last-char-after-length-check"),
    pytest.param(r"""void append(char *dst, size_t cap, const char *src) {
    size_t used = strlen(dst);
    if (used + 1 >= cap) return;
    strncat(dst, src, cap - used - 1);
}
""", id="strncat-with-remaining-space"),
    pytest.param(r"""struct point { int x, y; };
void copy_point(struct point *dst, const struct point *src) {
    memcpy(dst, src, sizeof *dst);
}
""", id="memcpy-same-sized-struct"),
    pytest.param(r"""int sum_first(const int *v, int n, int k) {
    int total = 0;
    int lim = k < n ? k : n;
    for (int i = 0; i < lim; i++) total += v[i];
    return total;
}
""", id="loop-bounded-index"),
    pytest.param(r"""int main(int argc, char **argv) {
    if (argc < 2) return 1;
    long n = strtol(argv[1], NULL, 10);
    if (n <= 0 || n > 1024 * 1024) return 1;
    char *buf = malloc((size_t)n);
    if (!buf) return 1;
    memset(buf, 0, (size_t)n);
    free(buf);
    return 0;
}
""", id="allocation-bounded-from-input"),
    pytest.param(r"""int ratio(int a, int n) {
    return a / (n != 0 ? n : 1);
}
""", id="divide-with-fallback"),
    pytest.param(r"""int main(int argc, char **argv) {
    if (argc < 3) return 1;
    int a = atoi(argv[1]), b = atoi(argv[2]);
    if (a < 0 || a > 1000 || b < 0 || b > 1000) return 1;
    int total = a + b;
    printf("%d\n", total);
    return 0;
}
""", id="sum-of-bounded-values"),
    pytest.param(r"""int auth(const char *token) {
    if (token == NULL || strncmp(token, "Bearer ", 7) != 0) return 0;
    return verify_jwt(token + 7);
}
""", id="bearer-prefix-compare-on-token"),
    pytest.param(r"""#include <crypt.h>
int check_pw(const char *pw, const char *stored_hash) {
    const char *h = crypt(pw, stored_hash);
    return h != NULL && strcmp(h, stored_hash) == 0;
}
""", id="crypt-hash-compare"),
    pytest.param(r"""char *html_escape(const char *s);
int main(void) {
    const char *qs = getenv("QUERY_STRING");
    char *esc = html_escape(qs ? qs : "");
    if (!esc) return 1;
    printf("Content-Type: text/html\r\n\r\n<a href=\"/search?q=%s\">again</a>\n", esc);
    free(esc);
    return 0;
}
""", id="xss-escaped-into-html-attr-via-returned-string"),
    pytest.param(r"""struct config { const char *db_host; const char *db_password; int port; };
int load_config(struct config *cfg) {
    cfg->db_host = "localhost";
    cfg->port = 5432;
    cfg->db_password = getenv("DB_PASSWORD");
    return cfg->db_password != NULL ? 0 : -1;
}
""", id="config-struct-secret-from-env"),
    pytest.param(r"""int has_token(const char *token) {
    return token != NULL && token[0] != '\0' && strlen(token) == 64;
}
""", id="token-empty-check"),
    pytest.param(r"""int main(int argc, char **argv) {
    const char *token_file = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--token-file") == 0 && i + 1 < argc) token_file = argv[++i];
    }
    if (token_file == NULL) { fprintf(stderr, "usage: %s --token-file PATH\n", argv[0]); return 2; }
    FILE *f = fopen(token_file, "r");
    if (!f) { perror("fopen"); return 1; }
    fclose(f);
    return 0;
}
""", id="option-parsing-strcmp-token-flag"),
    pytest.param(r"""#include <openssl/hmac.h>
#include <openssl/crypto.h>
int verify(const unsigned char *msg, size_t len, const unsigned char *sig, size_t siglen, const unsigned char *key, int keylen) {
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int maclen = 0;
    if (HMAC(EVP_sha256(), key, keylen, msg, len, mac, &maclen) == NULL) return 0;
    if (siglen != maclen) return 0;
    return CRYPTO_memcmp(mac, sig, maclen) == 0;
}
""", id="hmac-verify-with-CRYPTO_memcmp"),
    pytest.param(r"""#include <openssl/rand.h>
int main(void) {
    unsigned char raw[32];
    char sid[65];
    if (RAND_bytes(raw, sizeof raw) != 1) return 1;
    for (size_t i = 0; i < sizeof raw; i++) snprintf(sid + 2 * i, 3, "%02x", raw[i]);
    printf("Set-Cookie: sid=%s; Path=/; Secure; HttpOnly; SameSite=Lax\r\n", sid);
    printf("Content-Type: text/plain\r\n\r\nok\n");
    return 0;
}
""", id="session-id-from-RAND_bytes-hex-into-cookie"),
    pytest.param(r"""#include <sys/random.h>
int make_nonce(unsigned char nonce[12]) {
    return getrandom(nonce, 12, 0) == 12 ? 0 : -1;
}
""", id="getrandom-nonce"),
    pytest.param(r"""#include <sys/socket.h>
#include <unistd.h>
static const char *const NAMES[] = { "zero", "one", "two", "three" };
void handle(int fd) {
    char buf[32];
    ssize_t n = read(fd, buf, sizeof buf - 1);
    if (n <= 0) return;
    buf[n] = '\0';
    long idx = strtol(buf, NULL, 10);
    if (idx < 0 || idx >= 4) { write(fd, "bad\n", 4); return; }
    dprintf(fd, "%s\n", NAMES[idx]);
}
""", id="socket-server-reads-into-bounded-buffer-and-parses-int"),
    pytest.param(r"""int git_head(char *out, size_t cap) {
    FILE *p = popen("git rev-parse HEAD", "r");
    if (!p) return -1;
    if (fgets(out, (int)cap, p) == NULL) { pclose(p); return -1; }
    out[strcspn(out, "\n")] = '\0';
    return pclose(p);
}
""", id="popen-fixed-command-reading-output-into-bounded-buffer"),
    pytest.param(r"""#include <ctype.h>
int make_user(const char *name) {
    for (const char *p = name; *p; p++) if (!isalnum((unsigned char)*p)) return -1;
    char cmd[128];
    snprintf(cmd, sizeof cmd, "useradd -m %s", name);
    return system(cmd);
}
""", id="system-with-isalnum-checked-argument"),
    pytest.param(r"""int archive_dir(const char *dir) {
    static const char ok[] = "abcdefghijklmnopqrstuvwxyz0123456789_-";
    if (dir[0] == '\0' || strspn(dir, ok) != strlen(dir)) return -1;
    char cmd[256];
    snprintf(cmd, sizeof cmd, "tar czf /backups/%s.tgz /srv/%s", dir, dir);
    return system(cmd);
}
""", id="strspn-charset-check"),
    pytest.param(r"""#include <sqlite3.h>
int main(void) {
    const char *qs = getenv("QUERY_STRING");
    int id = 0;
    if (qs == NULL || sscanf(qs, "id=%d", &id) != 1 || id <= 0) { printf("Status: 400\r\n\r\n"); return 0; }
    char sql[128];
    snprintf(sql, sizeof sql, "DELETE FROM carts WHERE id = %d", id);
    sqlite3 *db;
    if (sqlite3_open("/var/lib/app/app.db", &db) != SQLITE_OK) return 1;
    sqlite3_exec(db, sql, NULL, NULL, NULL);
    sqlite3_close(db);
    printf("Content-Type: text/plain\r\n\r\ndeleted\n");
    return 0;
}
""", id="sscanf-int-then-sql"),
    pytest.param(r"""#include <stdarg.h>
__attribute__((format(printf, 1, 2)))
static void log_msg(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
}
int main(int argc, char **argv) {
    log_msg("starting with %d args, first=%s\n", argc, argc > 1 ? argv[1] : "-");
    return 0;
}
""", id="variadic-log-wrapper"),
    pytest.param(r"""FILE *open_rc(void) {
    const char *home = getenv("HOME");
    if (home == NULL) return NULL;
    char path[512];
    snprintf(path, sizeof path, "%s/.apprc", home);
    return fopen(path, "r");
}
""", id="home-config-path"),
    pytest.param(r"""#include <unistd.h>
int send_line(int fd, const char *name) {
    char buf[256];
    int len = snprintf(buf, sizeof buf, "HELLO %s\r\n", name);
    if (len < 0 || (size_t)len >= sizeof buf) return -1;
    return (int)write(fd, buf, (size_t)len);
}
""", id="snprintf-length-checked-then-write"),
    pytest.param(r"""#define MIN(a, b) ((a) < (b) ? (a) : (b))
void take(char dst[64], const char *src, size_t n) {
    size_t k = MIN(n, (size_t)63);
    memcpy(dst, src, k);
    dst[k] = '\0';
}
""", id="memcpy-with-MIN"),
    pytest.param(r"""void reset(char **slot) {
    char *buf = *slot;
    free(buf);
    buf = NULL;
    free(buf);
    *slot = NULL;
}
""", id="free-null-free"),
    pytest.param(r"""int refill(void) {
    char *p = malloc(16);
    if (!p) return -1;
    strcpy(p, "first");
    free(p);
    p = malloc(32);
    if (!p) return -1;
    strcpy(p, "second");
    puts(p);
    free(p);
    return 0;
}
""", id="free-then-malloc-again-then-use"),
    pytest.param(r"""void done(FILE **fp) {
    if (*fp) {
        fclose(*fp);
        *fp = NULL;
    }
}
""", id="fclose-nulled"),
    pytest.param(r"""int clear_screen(void) {
    return system("clear");
}
""", id="constant-system"),
    pytest.param(r"""#include <unistd.h>
int read_name(int fd, char *out, size_t cap) {
    char buf[128];
    ssize_t n = read(fd, buf, sizeof buf - 1);
    if (n < 0) return -1;
    buf[n] = '\0';
    snprintf(out, cap, "%s", buf);
    return 0;
}
""", id="read-into-buffer-terminated"),
    pytest.param(r"""void html_escape(FILE *out, const char *s);
int main(void) {
    char qs[512];
    const char *env = getenv("QUERY_STRING");
    snprintf(qs, sizeof qs, "%s", env ? env : "");
    printf("Content-Type: text/html\r\n\r\n<ul>\n");
    for (char *pair = strtok(qs, "&"); pair != NULL; pair = strtok(NULL, "&")) {
        fputs("<li>", stdout);
        html_escape(stdout, pair);
        fputs("</li>\n", stdout);
    }
    puts("</ul>");
    return 0;
}
""", id="strtok-query-parse-then-escape"),
    pytest.param(r"""#include <libxml/parser.h>
int main(void) {
    char body[8192];
    size_t n = fread(body, 1, sizeof body, stdin);
    xmlDocPtr doc = xmlReadMemory(body, (int)n, "request.xml", NULL, XML_PARSE_NONET);
    printf("Content-Type: text/plain\r\n\r\n%s\n", doc ? "ok" : "bad xml");
    if (doc) xmlFreeDoc(doc);
    return 0;
}
""", id="xml-parse-from-CGI-body-without-entities"),
    pytest.param(r"""#include <sys/socket.h>
#include <stdint.h>
int read_ids(int fd, uint32_t *ids, size_t cap) {
    uint32_t count = 0;
    if (recv(fd, &count, sizeof count, MSG_WAITALL) != sizeof count) return -1;
    if (count > cap) return -1;
    for (uint32_t i = 0; i < count; i++) {
        if (recv(fd, &ids[i], sizeof ids[i], MSG_WAITALL) != sizeof ids[i]) return -1;
    }
    return (int)count;
}
""", id="bounded-array-from-socket-count"),
    pytest.param(r"""int main(int argc, char **argv) {
    if (argc != 3) { fprintf(stderr, "usage: %s SRC DST\n", argv[0]); return 2; }
    const char *src = argv[1];
    const char *dst = argv[2];
    printf("copy %s -> %s\n", src, dst);
    return 0;
}
""", id="argv-index-checked-before-use"),
    pytest.param(r"""int main(void) {
    const char *sid = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";
    printf("Set-Cookie: sid=%s; Path=/; ", sid);
    printf("HttpOnly; Secure; SameSite=Strict\r\n");
    printf("Content-Type: text/plain\r\n\r\nok\n");
    return 0;
}
""", id="cookie-split-across-printf-calls"),
    pytest.param(r"""#define DB_PASSWORD_ENV "DB_PASSWORD"
#define API_KEY_HEADER "X-Api-Key"
const char *db_password(void) {
    const char *pw = getenv(DB_PASSWORD_ENV);
    return pw;
}
""", id="password-env-var-name-macro"),
    pytest.param(r"""int prompt(void) {
    char password[64] = {0};
    char username[32] = "";
    if (!fgets(username, sizeof username, stdin)) return -1;
    if (!fgets(password, sizeof password, stdin)) return -1;
    return 0;
}
""", id="password-buffer-zero-initialized"),
    pytest.param(r"""int main(int argc, char **argv) {
    if (argc < 3) return 2;
    const char *user = argv[1];
    const char *password = argv[2];
    return authenticate(user, password) ? 0 : 1;
}
""", id="password-from-argv"),
    pytest.param(r"""static char *cached_password = NULL;
int set_password(const char *pw) {
    free(cached_password);
    cached_password = strdup(pw);
    return cached_password != NULL ? 0 : -1;
}
""", id="null-password-pointer-later-filled"),
    pytest.param(r"""#include <ldap.h>
int bind_service(LDAP *ld, const char *dn) {
    char secret[128];
    FILE *f = fopen("/run/secrets/ldap_bind", "r");
    if (!f) return -1;
    if (!fgets(secret, sizeof secret, f)) { fclose(f); return -1; }
    fclose(f);
    secret[strcspn(secret, "\n")] = '\0';
    struct berval cred = { .bv_val = secret, .bv_len = strlen(secret) };
    return ldap_sasl_bind_s(ld, dn, LDAP_SASL_SIMPLE, &cred, NULL, NULL, NULL);
}
""", id="ldap-bind-password-from-file"),
    pytest.param(r"""int login(const char *user, const char *password) {
    if (strcmp(password, "") == 0) return 0;
    if (password[0] == '\0') return 0;
    return check_credentials(user, password);
}
""", id="empty-string-check-against-password"),
    pytest.param(r"""struct msg { char text[128]; int len; };
void msg_set(struct msg *m, const char *s) {
    size_t n = strnlen(s, sizeof m->text - 1);
    memcpy(m->text, s, n);
    m->text[n] = '\0';
    m->len = (int)n;
}
""", id="struct-init-with-sizes"),
    pytest.param(r"""struct stats { long hits; long misses; };
long total(void) {
    struct stats s;
    memset(&s, 0, sizeof s);
    s.hits = 3;
    return s.hits + s.misses;
}
""", id="uninit-avoided-by-memset"),
    pytest.param(r"""static int parse_port(const char *s, int *out) {
    char *end;
    long v = strtol(s, &end, 10);
    if (*end != '\0' || v < 1 || v > 65535) return -1;
    *out = (int)v;
    return 0;
}
int main(int argc, char **argv) {
    int port;
    if (argc < 2 || parse_port(argv[1], &port) != 0) return 2;
    printf("port %d\n", port);
    return 0;
}
""", id="out-param-filled-before-use"),
    pytest.param(r"""#include "civetweb.h"
void html_escape_into(char *out, size_t cap, const char *in);
static int handler(struct mg_connection *conn, void *cbdata) {
    char name[64] = "";
    const struct mg_request_info *ri = mg_get_request_info(conn);
    if (ri->query_string) mg_get_var(ri->query_string, strlen(ri->query_string), "name", name, sizeof name);
    char safe[256];
    html_escape_into(safe, sizeof safe, name);
    mg_printf(conn, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>Hi %s</p>", safe);
    return 200;
}
""", id="civetweb-escaped-output"),
    pytest.param(r"""#include <fcgi_stdio.h>
int main(void) {
    while (FCGI_Accept() >= 0) {
        const char *qs = getenv("QUERY_STRING");
        int page = qs ? atoi(qs) : 1;
        if (page < 1) page = 1;
        printf("Content-Type: text/html\r\n\r\n<p>Page %d</p>\n", page);
    }
    return 0;
}
""", id="fastcgi-numeric-output"),
    pytest.param(r"""#include <regex.h>
static void regex_quote(const char *in, char *out, size_t cap) {
    size_t o = 0;
    for (; *in && o + 2 < cap; in++) {
        if (strchr(".^$*+?()[]{}|\\", *in)) out[o++] = '\\';
        out[o++] = *in;
    }
    out[o] = '\0';
}
int find_word(const char *word, const char *text) {
    char quoted[256];
    regex_quote(word, quoted, sizeof quoted);
    regex_t re;
    if (regcomp(&re, quoted, REG_NOSUB) != 0) return -1;
    int hit = regexec(&re, text, 0, NULL, 0) == 0;
    regfree(&re);
    return hit;
}
""", id="regex-from-input-escaped"),
    pytest.param(r"""#include <zip.h>
int unpack(zip_t *za) {
    zip_int64_t n = zip_get_num_entries(za, 0);
    for (zip_int64_t i = 0; i < n; i++) {
        const char *name = zip_get_name(za, (zip_uint64_t)i, 0);
        if (name == NULL || name[0] == '/' || strstr(name, "..") != NULL) continue;
        char dest[1024];
        int len = snprintf(dest, sizeof dest, "/srv/unpacked/%s", name);
        if (len < 0 || (size_t)len >= sizeof dest) continue;
        FILE *out = fopen(dest, "wb");
        if (!out) continue;
        fclose(out);
    }
    return 0;
}
""", id="libzip-entry-name-checked"),
    pytest.param(r"""#include <archive.h>
#include <archive_entry.h>
int extract_all(const char *file) {
    struct archive *a = archive_read_new();
    struct archive *ext = archive_write_disk_new();
    archive_read_support_format_all(a);
    archive_write_disk_set_options(ext, ARCHIVE_EXTRACT_TIME | ARCHIVE_EXTRACT_SECURE_NODOTDOT |
                                        ARCHIVE_EXTRACT_SECURE_SYMLINKS | ARCHIVE_EXTRACT_SECURE_NOABSOLUTEPATHS);
    if (archive_read_open_filename(a, file, 10240) != ARCHIVE_OK) return -1;
    struct archive_entry *entry;
    while (archive_read_next_header(a, &entry) == ARCHIVE_OK) {
        if (archive_write_header(ext, entry) != ARCHIVE_OK) break;
        archive_write_finish_entry(ext);
    }
    archive_read_free(a);
    archive_write_free(ext);
    return 0;
}
""", id="libarchive-secure-flags-only"),
    pytest.param(r"""#include <fcntl.h>
#include <unistd.h>
int write_state(const char *data) {
    const char *dir = getenv("XDG_RUNTIME_DIR");
    if (dir == NULL) return -1;
    char path[512];
    snprintf(path, sizeof path, "%s/app.state", dir);
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW, 0600);
    if (fd < 0) return -1;
    ssize_t w = write(fd, data, strlen(data));
    close(fd);
    return w < 0 ? -1 : 0;
}
""", id="temp-file-in-private-runtime-dir"),
    pytest.param(r"""#include <fcntl.h>
#include <unistd.h>
int take_lock(void) {
    int fd = open("/tmp/myapp.lock", O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0600);
    if (fd < 0) return -1;
    return fd;
}
""", id="O_EXCL-lock-file-in-tmp"),
    pytest.param(r"""#include <fcntl.h>
#include <unistd.h>
int open_conf(const char *path) {
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) { perror(path); return -1; }
    return fd;
}
""", id="access-for-user-feedback-then-open-checked"),
    pytest.param(r"""#include <curl/curl.h>
static const char *const MIRRORS[] = { "https://mirror1.example.com/", "https://mirror2.example.com/" };
int fetch_pkg(int mirror, const char *pkg_escaped) {
    if (mirror < 0 || mirror > 1) return -1;
    char url[512];
    snprintf(url, sizeof url, "%s%s", MIRRORS[mirror], pkg_escaped);
    CURL *c = curl_easy_init();
    if (!c) return -1;
    curl_easy_setopt(c, CURLOPT_URL, url);
    CURLcode rc = curl_easy_perform(c);
    curl_easy_cleanup(c);
    return rc == CURLE_OK ? 0 : -1;
}
""", id="ssrf-host-from-allow-list-table"),
    pytest.param(r"""#include <stdint.h>
typedef struct { char *data; size_t len; size_t cap; } sbuf;
int sbuf_init(sbuf *b) {
    b->data = malloc(16);
    if (!b->data) return -1;
    b->data[0] = '\0';
    b->len = 0;
    b->cap = 16;
    return 0;
}
int sbuf_append(sbuf *b, const char *s) {
    size_t n = strlen(s);
    if (n > SIZE_MAX - b->len - 1) return -1;
    if (b->len + n + 1 > b->cap) {
        size_t ncap = b->cap;
        while (ncap < b->len + n + 1) {
            if (ncap > SIZE_MAX / 2) return -1;
            ncap *= 2;
        }
        char *p = realloc(b->data, ncap);
        if (!p) return -1;
        b->data = p;
        b->cap = ncap;
    }
    memcpy(b->data + b->len, s, n + 1);
    b->len += n;
    return 0;
}
void sbuf_free(sbuf *b) {
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}
""", id="dynamic-string-buffer"),
    pytest.param(r"""#define NBUCKETS 64
struct entry { char *key; int value; struct entry *next; };
static struct entry *buckets[NBUCKETS];
static unsigned hash(const char *s) {
    unsigned h = 5381;
    while (*s) h = h * 33u + (unsigned char)*s++;
    return h % NBUCKETS;
}
int put(const char *key, int value) {
    unsigned h = hash(key);
    for (struct entry *e = buckets[h]; e; e = e->next) {
        if (strcmp(e->key, key) == 0) { e->value = value; return 0; }
    }
    struct entry *e = malloc(sizeof *e);
    if (!e) return -1;
    e->key = strdup(key);
    if (!e->key) { free(e); return -1; }
    e->value = value;
    e->next = buckets[h];
    buckets[h] = e;
    return 0;
}
int get(const char *key, int *out) {
    for (struct entry *e = buckets[hash(key)]; e; e = e->next) {
        if (strcmp(e->key, key) == 0) { *out = e->value; return 1; }
    }
    return 0;
}
""", id="hash-table-insert-and-lookup"),
    pytest.param(r"""#include <ctype.h>
int split_words(const char *line, char words[][32], int max_words) {
    int count = 0;
    const char *p = line;
    while (*p && count < max_words) {
        while (*p && isspace((unsigned char)*p)) p++;
        if (!*p) break;
        int n = 0;
        while (*p && !isspace((unsigned char)*p)) {
            if (n < 31) words[count][n++] = *p;
            p++;
        }
        words[count][n] = '\0';
        count++;
    }
    return count;
}
""", id="tokenizer-with-bounds"),
    pytest.param(r"""char *read_file(const char *path, size_t *out_len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    if (fseek(f, 0, SEEK_END) != 0) { fclose(f); return NULL; }
    long size = ftell(f);
    if (size < 0 || size > 10 * 1024 * 1024) { fclose(f); return NULL; }
    rewind(f);
    char *buf = malloc((size_t)size + 1);
    if (!buf) { fclose(f); return NULL; }
    size_t n = fread(buf, 1, (size_t)size, f);
    fclose(f);
    buf[n] = '\0';
    if (out_len) *out_len = n;
    return buf;
}
""", id="read-whole-file-with-size-checks"),
    pytest.param(r"""typedef struct { int items[100]; int top; } stack_t2;
int push2(stack_t2 *s, int v) {
    if (s->top >= 100) return -1;
    s->items[s->top++] = v;
    return 0;
}
int pop2(stack_t2 *s, int *v) {
    if (s->top <= 0) return -1;
    *v = s->items[--s->top];
    return 0;
}
""", id="stack-implementation"),
    pytest.param(r"""double **matrix_new(size_t rows, size_t cols) {
    double **m = calloc(rows, sizeof *m);
    if (!m) return NULL;
    for (size_t i = 0; i < rows; i++) {
        m[i] = calloc(cols, sizeof **m);
        if (!m[i]) {
            for (size_t j = 0; j < i; j++) free(m[j]);
            free(m);
            return NULL;
        }
    }
    return m;
}
""", id="matrix-alloc-with-cleanup"),
    pytest.param(r"""static int hexval(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}
size_t url_decode(const char *in, char *out, size_t cap) {
    size_t o = 0;
    if (cap == 0) return 0;
    for (size_t i = 0; in[i] && o + 1 < cap; i++) {
        if (in[i] == '%' && in[i + 1] && in[i + 2]) {
            int hi = hexval(in[i + 1]), lo = hexval(in[i + 2]);
            if (hi >= 0 && lo >= 0) { out[o++] = (char)(hi * 16 + lo); i += 2; continue; }
        }
        out[o++] = in[i] == '+' ? ' ' : in[i];
    }
    out[o] = '\0';
    return o;
}
""", id="url-decode-bounded"),
    pytest.param(r"""#define RING 256
static unsigned char ring[RING];
static size_t head;
void ring_put(unsigned char b) {
    ring[head % RING] = b;
    head++;
}
""", id="ring-buffer-modulo-index"),
    pytest.param(r"""void reverse(char *s) {
    size_t n = strlen(s);
    if (n < 2) return;
    for (size_t i = 0, j = n - 1; i < j; i++, j--) {
        char t = s[i]; s[i] = s[j]; s[j] = t;
    }
}
""", id="reverse-string-in-place"),
    pytest.param(r"""int bsearch_int(const int *a, int n, int key) {
    int lo = 0, hi = n - 1;
    while (lo <= hi) {
        int mid = lo + (hi - lo) / 2;
        if (a[mid] == key) return mid;
        if (a[mid] < key) lo = mid + 1; else hi = mid - 1;
    }
    return -1;
}
""", id="binary-search"),
    pytest.param(r"""#include <openssl/hmac.h>
#include <stdint.h>
#include <time.h>
uint32_t totp(const unsigned char *secret, int secret_len) {
    uint64_t counter = (uint64_t)time(NULL) / 30;
    unsigned char msg[8];
    for (int i = 7; i >= 0; i--) { msg[i] = counter & 0xff; counter >>= 8; }
    unsigned char mac[20];
    unsigned int len = 0;
    HMAC(EVP_sha1(), secret, secret_len, msg, sizeof msg, mac, &len);
    int off = mac[19] & 0x0f;
    uint32_t code = ((mac[off] & 0x7f) << 24) | (mac[off + 1] << 16) | (mac[off + 2] << 8) | mac[off + 3];
    return code % 1000000;
}
""", id="totp-hmac-sha1-per-rfc-6238"),
    pytest.param(r"""#include <sodium.h>
int store_password(const char *pw, char out[crypto_pwhash_STRBYTES]) {
    if (sodium_init() < 0) return -1;
    return crypto_pwhash_str(out, pw, strlen(pw), crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE);
}
int check_password(const char *stored, const char *pw) {
    return crypto_pwhash_str_verify(stored, pw, strlen(pw)) == 0;
}
""", id="libsodium-password-hash"),
    pytest.param(r"""#include <argon2.h>
int hash_pw(const char *pw, const unsigned char salt[16], char *encoded, size_t enclen) {
    return argon2id_hash_encoded(3, 1 << 16, 1, pw, strlen(pw), salt, 16, 32, encoded, enclen);
}
""", id="argon2id"),
    pytest.param(r"""#include <crypt.h>
#include <sys/random.h>
char *hash_login(const char *pw) {
    static const char alphabet[] = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    unsigned char raw[16];
    char setting[3 + 16 + 2] = "$6$";
    if (getrandom(raw, sizeof raw, 0) != sizeof raw) return NULL;
    for (int i = 0; i < 16; i++) setting[3 + i] = alphabet[raw[i] % 64];
    setting[19] = '$';
    setting[20] = '\0';
    return crypt(pw, setting);
}
""", id="crypt-sha512-with-random-salt"),
    pytest.param(r"""#include <openssl/sha.h>
void etag(const unsigned char *body, size_t n, char out[65]) {
    unsigned char d[SHA256_DIGEST_LENGTH];
    SHA256(body, n, d);
    for (int i = 0; i < SHA256_DIGEST_LENGTH; i++) snprintf(out + 2 * i, 3, "%02x", d[i]);
}
""", id="sha256-for-content-etag"),
    pytest.param(r"""#include <sodium.h>
int seal(unsigned char *c, const unsigned char *m, unsigned long long mlen, const unsigned char *key) {
    unsigned char nonce[crypto_aead_chacha20poly1305_ietf_NPUBBYTES];
    randombytes_buf(nonce, sizeof nonce);
    unsigned long long clen;
    return crypto_aead_chacha20poly1305_ietf_encrypt(c, &clen, m, mlen, NULL, 0, NULL, nonce, key);
}
""", id="chacha20-poly1305"),
    pytest.param(r"""#include <stdint.h>
int load_key(uint8_t key[32]) {
    const char *hex = getenv("APP_ENC_KEY");
    if (hex == NULL || strlen(hex) != 64) return -1;
    for (int i = 0; i < 32; i++) {
        unsigned int byte;
        if (sscanf(hex + 2 * i, "%2x", &byte) != 1) return -1;
        key[i] = (uint8_t)byte;
    }
    return 0;
}
""", id="key-loaded-from-env-hex"),
    pytest.param(r"""#include <openssl/pem.h>
EVP_PKEY *load_private(const char *path) {
    FILE *f = fopen(path, "r");
    if (!f) return NULL;
    EVP_PKEY *k = PEM_read_PrivateKey(f, NULL, NULL, NULL);
    fclose(f);
    return k;
}
""", id="openssl-key-from-file-with-EVP"),
    pytest.param(r"""#include <openssl/ssl.h>
#include <openssl/x509v3.h>
SSL *connect_tls(SSL_CTX *ctx, int fd, const char *host) {
    SSL *ssl = SSL_new(ctx);
    if (!ssl) return NULL;
    SSL_set_fd(ssl, fd);
    SSL_set_tlsext_host_name(ssl, host);
    SSL_set1_host(ssl, host);
    SSL_set_verify(ssl, SSL_VERIFY_PEER, NULL);
    if (SSL_connect(ssl) != 1 || SSL_get_verify_result(ssl) != X509_V_OK) { SSL_free(ssl); return NULL; }
    return ssl;
}
""", id="tls-client-with-hostname-verification"),
    pytest.param(r"""#include <curl/curl.h>
struct http_cfg { long verify_peer; long verify_host; const char *ca_path; };
void apply(CURL *c, const struct http_cfg *cfg) {
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
    if (cfg->ca_path) curl_easy_setopt(c, CURLOPT_CAPATH, cfg->ca_path);
}
""", id="curl-verify-explicitly-enabled-from-config"),
    pytest.param(r"""void json_escape(FILE *out, const char *s);
int main(void) {
    const char *qs = getenv("QUERY_STRING");
    printf("Content-Type: application/json\r\n\r\n{\"query\": \"");
    json_escape(stdout, qs ? qs : "");
    printf("\"}\n");
    return 0;
}
""", id="xss-json-response-with-escaping-helper"),
    pytest.param(r"""int main(void) {
    const char *ua = getenv("HTTP_USER_AGENT");
    printf("Content-Type: text/html\r\n\r\n<p>Your agent string has %zu characters.</p>\n", ua ? strlen(ua) : (size_t)0);
    return 0;
}
""", id="xss-value-printed-is-length-only"),
    pytest.param(r"""int main(void) {
    const char *qs = getenv("QUERY_STRING");
    const char *theme = "light";
    if (qs && strcmp(qs, "theme=dark") == 0) theme = "dark";
    printf("Content-Type: text/html\r\n\r\n<body class=\"%s\">hello</body>\n", theme);
    return 0;
}
""", id="xss-enumerated-value-from-strcmp"),
    pytest.param(r"""#include <ctype.h>
int main(void) {
    const char *qs = getenv("QUERY_STRING");
    if (qs == NULL) qs = "";
    for (const char *p = qs; *p; p++) {
        if (!isdigit((unsigned char)*p)) { printf("Status: 400 Bad Request\r\n\r\n"); return 0; }
    }
    printf("Content-Type: text/html\r\n\r\n<p>Order %s</p>\n", qs);
    return 0;
}
""", id="xss-value-validated-digits-only"),
    pytest.param(r"""int show_job(const char *arg) {
    char *end;
    long id = strtol(arg, &end, 10);
    if (*end || id <= 0) return -1;
    char cmd[64];
    snprintf(cmd, sizeof cmd, "atq | grep -w %ld", id);
    return system(cmd);
}
""", id="command-with-strtol-id"),
    pytest.param(r"""#include <sqlite3.h>
int list(sqlite3 *db, const char *dir) {
    const char *order = strcmp(dir, "desc") == 0 ? "DESC" : "ASC";
    char sql[128];
    snprintf(sql, sizeof sql, "SELECT id, title FROM posts ORDER BY created_at %s", order);
    return sqlite3_exec(db, sql, NULL, NULL, NULL);
}
""", id="sql-with-strcmp-chosen-direction"),
    pytest.param(r"""FILE *open_log(const char *which) {
    const char *path;
    if (strcmp(which, "access") == 0) path = "/var/log/app/access.log";
    else if (strcmp(which, "error") == 0) path = "/var/log/app/error.log";
    else return NULL;
    return fopen(path, "r");
}
""", id="path-from-strcmp-chosen-log-file"),
    pytest.param(r"""int main(void) {
    const char *qs = getenv("QUERY_STRING");
    static const char *const FILES[] = { "manual.pdf", "license.txt" };
    const char *name = NULL;
    for (size_t i = 0; i < sizeof FILES / sizeof FILES[0]; i++) {
        if (qs && strcmp(qs, FILES[i]) == 0) name = FILES[i];
    }
    if (!name) { printf("Status: 404 Not Found\r\n\r\n"); return 0; }
    char path[128];
    snprintf(path, sizeof path, "/srv/downloads/%s", name);
    FILE *f = fopen(path, "rb");
    if (!f) return 1;
    fclose(f);
    return 0;
}
""", id="cgi-file-download-with-allow-listed-names"),
    pytest.param(r"""#include <unistd.h>
int main(int argc, char **argv) {
    const char *out = "report.txt";
    int verbose = 0, opt;
    while ((opt = getopt(argc, argv, "o:v")) != -1) {
        switch (opt) {
        case 'o': out = optarg; break;
        case 'v': verbose = 1; break;
        default: fprintf(stderr, "usage: %s [-v] [-o FILE]\n", argv[0]); return 2;
        }
    }
    FILE *f = fopen(out, "w");
    if (!f) { perror(out); return 1; }
    fprintf(f, "verbose=%d\n", verbose);
    fclose(f);
    return 0;
}
""", id="getopt-cli-reading-a-file"),
    pytest.param(r"""int count_matches(FILE *in, const char *needle) {
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    int hits = 0;
    while ((n = getline(&line, &cap, in)) != -1) {
        if (n > 0 && line[n - 1] == '\n') line[n - 1] = '\0';
        if (strstr(line, needle)) hits++;
    }
    free(line);
    return hits;
}
""", id="getline-loop-with-free"),
    pytest.param(r"""int parse_kv(char *s, char **key, char **value) {
    char *eq = strchr(s, '=');
    if (eq == NULL) return -1;
    *eq = '\0';
    *key = s;
    *value = eq + 1;
    return 0;
}
""", id="key-value-parse-with-strchr"),
    pytest.param(r"""int parse_csv(char *line, char *fields[], int max) {
    int n = 0;
    char *save = NULL;
    for (char *tok = strtok_r(line, ",", &save); tok && n < max; tok = strtok_r(NULL, ",", &save)) {
        fields[n++] = tok;
    }
    return n;
}
""", id="strtok_r-csv-fields-bounded"),
    pytest.param(r"""#include <pthread.h>
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static long counter;
void *worker(void *arg) {
    (void)arg;
    for (int i = 0; i < 1000; i++) {
        pthread_mutex_lock(&lock);
        counter++;
        pthread_mutex_unlock(&lock);
    }
    return NULL;
}
""", id="pthread-counter-with-mutex"),
    pytest.param(r"""#include <signal.h>
static volatile sig_atomic_t stop;
static void on_sigint(int sig) { (void)sig; stop = 1; }
int main(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigaction(SIGINT, &sa, NULL);
    while (!stop) pause();
    return 0;
}
""", id="signal-flag"),
    pytest.param(r"""#include <sys/socket.h>
#include <netinet/in.h>
#include <unistd.h>
int serve(unsigned short port) {
    int s = socket(AF_INET, SOCK_STREAM, 0);
    if (s < 0) return -1;
    struct sockaddr_in addr;
    memset(&addr, 0, sizeof addr);
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = htons(port);
    if (bind(s, (struct sockaddr *)&addr, sizeof addr) < 0 || listen(s, 16) < 0) { close(s); return -1; }
    for (;;) {
        int c = accept(s, NULL, NULL);
        if (c < 0) continue;
        char buf[1024];
        ssize_t n;
        while ((n = recv(c, buf, sizeof buf, 0)) > 0) send(c, buf, (size_t)n, 0);
        close(c);
    }
}
""", id="tcp-echo-server-bounded"),
    pytest.param(r"""#include <stdint.h>
#include <arpa/inet.h>
#include <sys/socket.h>
int recv_msg(int fd, char *out, size_t cap) {
    uint32_t netlen;
    if (recv(fd, &netlen, sizeof netlen, MSG_WAITALL) != (ssize_t)sizeof netlen) return -1;
    uint32_t len = ntohl(netlen);
    if (len >= cap) return -1;
    if (recv(fd, out, len, MSG_WAITALL) != (ssize_t)len) return -1;
    out[len] = '\0';
    return (int)len;
}
""", id="client-message-length-prefixed"),
    pytest.param(r"""#include <regex.h>
static const char *const PATTERNS[] = { "^[a-z]+$", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" };
int match_kind(int kind, const char *input) {
    if (kind < 0 || kind > 1) return -1;
    regex_t re;
    if (regcomp(&re, PATTERNS[kind], REG_EXTENDED | REG_NOSUB)) return -1;
    int ok = regexec(&re, input, 0, NULL, 0) == 0;
    regfree(&re);
    return ok;
}
""", id="regex-pattern-from-config-file-is-operator-controlled-literal-table"),
    pytest.param(r"""#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
int is_slug(const char *qs) {
    int err; PCRE2_SIZE off;
    pcre2_code *re = pcre2_compile((PCRE2_SPTR)"^[a-z0-9-]{1,64}$", PCRE2_ZERO_TERMINATED, 0, &err, &off, NULL);
    if (!re) return 0;
    pcre2_match_data *md = pcre2_match_data_create_from_pattern(re, NULL);
    int rc = pcre2_match(re, (PCRE2_SPTR)qs, strlen(qs), 0, 0, md, NULL);
    pcre2_match_data_free(md);
    pcre2_code_free(re);
    return rc >= 0;
}
""", id="pcre2-literal-pattern-with-subject-from-request"),
    pytest.param(r"""#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
int search_literal(const char *needle, const char *hay) {
    int err; PCRE2_SIZE off;
    pcre2_code *re = pcre2_compile((PCRE2_SPTR)needle, PCRE2_ZERO_TERMINATED, PCRE2_LITERAL, &err, &off, NULL);
    if (!re) return -1;
    pcre2_match_data *md = pcre2_match_data_create_from_pattern(re, NULL);
    int rc = pcre2_match(re, (PCRE2_SPTR)hay, strlen(hay), 0, 0, md, NULL);
    pcre2_match_data_free(md);
    pcre2_code_free(re);
    return rc >= 0;
}
""", id="pcre2-literal-flag"),
    pytest.param(r"""#include <sys/stat.h>
#include <fcntl.h>
#include <unistd.h>
long file_size(const char *path) {
    int fd = open(path, O_RDONLY);
    if (fd < 0) return -1;
    struct stat st;
    long size = fstat(fd, &st) == 0 ? (long)st.st_size : -1;
    close(fd);
    return size;
}
""", id="fstat-after-open-no-toctou"),
    pytest.param(r"""#include <unistd.h>
int main(int argc, char **argv) {
    if (argc < 2) return 2;
    printf("%s %s\n", argv[1], access(argv[1], F_OK) == 0 ? "exists" : "missing");
    return 0;
}
""", id="access-used-only-for-reporting-existence"),
    pytest.param(r"""#include <sys/stat.h>
#include <fcntl.h>
#include <unistd.h>
int create_secret_file(const char *path) {
    int fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0600);
    if (fd < 0) return -1;
    fchmod(fd, S_IRUSR | S_IWUSR);
    return fd;
}
""", id="fchmod-0600-on-created-file"),
    pytest.param(r"""#include <sys/stat.h>
int make_dirs(void) {
    if (mkdir("/var/lib/app", 0755) != 0) return -1;
    return chmod("/var/lib/app", S_IRWXU | S_IRGRP | S_IXGRP);
}
""", id="mkdir-0755-and-chmod-0750"),
    pytest.param(r"""#include <stdlib.h>
#include <unistd.h>
int tmp_csv(void) {
    char name[] = "/tmp/export-XXXXXX.csv";
    int fd = mkstemps(name, 4);
    if (fd < 0) return -1;
    unlink(name);
    return fd;
}
""", id="tmp-file-via-mkstemps-suffix"),
    pytest.param(r"""#include <curl/curl.h>
static const char *const ALLOWED_HOSTS[] = { "api.github.com", "api.gitlab.com" };
int fetch_repo(const char *host, const char *path_escaped) {
    int ok = 0;
    for (size_t i = 0; i < 2; i++) if (strcmp(host, ALLOWED_HOSTS[i]) == 0) ok = 1;
    if (!ok) return -1;
    char url[512];
    snprintf(url, sizeof url, "https://%s/%s", host, path_escaped);
    CURL *c = curl_easy_init();
    if (!c) return -1;
    curl_easy_setopt(c, CURLOPT_URL, url);
    CURLcode rc = curl_easy_perform(c);
    curl_easy_cleanup(c);
    return rc == CURLE_OK ? 0 : -1;
}
""", id="ssrf-host-equality-after-parse-with-strcmp-allow-list"),
    pytest.param(r"""#include <curl/curl.h>
static const char *const ALLOWED_HOSTS[] = { "api.github.com", "api.gitlab.com" };
int main(void) {
    const char *host = getenv("QUERY_STRING");
    if (host == NULL) return 1;
    int ok = 0;
    for (size_t i = 0; i < sizeof ALLOWED_HOSTS / sizeof ALLOWED_HOSTS[0]; i++)
        if (strcmp(host, ALLOWED_HOSTS[i]) == 0) ok = 1;
    if (!ok) { printf("Status: 403\r\n\r\n"); return 0; }
    char url[256];
    snprintf(url, sizeof url, "https://%s/rate_limit", host);
    CURL *c = curl_easy_init();
    if (!c) return 1;
    curl_easy_setopt(c, CURLOPT_URL, url);
    curl_easy_perform(c);
    curl_easy_cleanup(c);
    return 0;
}
""", id="ssrf-cgi-host-allow-list-loop-with-flag"),
    pytest.param(r"""int main(void) {
    const char *svc = getenv("QUERY_STRING");
    if (svc == NULL || (strcmp(svc, "nginx") != 0 && strcmp(svc, "redis") != 0)) {
        printf("Status: 400\r\n\r\n");
        return 0;
    }
    char cmd[64];
    snprintf(cmd, sizeof cmd, "systemctl status %s", svc);
    printf("Content-Type: text/plain\r\n\r\n");
    fflush(stdout);
    return system(cmd);
}
""", id="command-cgi-strcmp-chain"),
    pytest.param(r"""int main(void) {
    const char *svc = getenv("QUERY_STRING");
    if (!svc || !(!strcmp(svc, "nginx") || !strcmp(svc, "redis"))) return 1;
    char cmd[64];
    snprintf(cmd, sizeof cmd, "systemctl status %s", svc);
    return system(cmd);
}
""", id="command-cgi-not-strcmp-form"),
    pytest.param(r"""#include <libpq-fe.h>
#include <sys/socket.h>
int handle(PGconn *conn, int fd) {
    char name[128];
    ssize_t n = recv(fd, name, sizeof name - 1, 0);
    if (n <= 0) return -1;
    name[n] = '\0';
    char *lit = PQescapeLiteral(conn, name, (size_t)n);
    if (!lit) return -1;
    char q[512];
    snprintf(q, sizeof q, "SELECT id FROM users WHERE name = %s", lit);
    PQfreemem(lit);
    PGresult *r = PQexec(conn, q);
    PQclear(r);
    return 0;
}
""", id="sql-socket-value-escaped-by-PQescapeLiteral"),
    pytest.param(r"""#include <mysql/mysql.h>
#include <sys/socket.h>
int handle(MYSQL *db, int fd) {
    char name[64];
    ssize_t n = recv(fd, name, sizeof name - 1, 0);
    if (n <= 0) return -1;
    name[n] = '\0';
    char esc[2 * sizeof name + 1];
    mysql_real_escape_string(db, esc, name, (unsigned long)n);
    char q[256];
    snprintf(q, sizeof q, "SELECT id FROM users WHERE name = '%s'", esc);
    return mysql_query(db, q);
}
""", id="sql-socket-value-escaped-by-mysql_real_escape_string"),
    pytest.param(r"""int main(void) {
    const char *q = getenv("QUERY_STRING");
    size_t n = q ? strlen(q) : 0;
    printf("Content-Type: text/html\r\n\r\n<p>%zu bytes</p>\n", n);
    return 0;
}
""", id="xss-cgi-strlen-number"),
    pytest.param(r"""#include <limits.h>
#define ROOT "/srv/public"
int main(void) {
    const char *name = getenv("QUERY_STRING");
    if (!name) return 1;
    char joined[PATH_MAX], real[PATH_MAX];
    snprintf(joined, sizeof joined, "%s/%s", ROOT, name);
    if (!realpath(joined, real) || strncmp(real, ROOT "/", sizeof(ROOT)) != 0) {
        printf("Status: 404 Not Found\r\n\r\n");
        return 0;
    }
    FILE *f = fopen(real, "rb");
    if (!f) return 1;
    printf("Content-Type: application/octet-stream\r\n\r\n");
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0) fwrite(buf, 1, n, stdout);
    fclose(f);
    return 0;
}
""", id="path-cgi-realpath-containment"),
    pytest.param(r"""#include <sys/socket.h>
int serve_file(int fd) {
    char name[128];
    ssize_t n = recv(fd, name, sizeof name - 1, 0);
    if (n <= 0) return -1;
    name[n] = '\0';
    name[strcspn(name, "\r\n")] = '\0';
    if (name[0] == '\0' || name[0] == '/' || strstr(name, "..") != NULL) return -1;
    char path[256];
    snprintf(path, sizeof path, "/srv/files/%s", name);
    FILE *f = fopen(path, "r");
    if (!f) return -1;
    fclose(f);
    return 0;
}
""", id="path-socket-name-rejected-dotdot"),
    pytest.param(r"""#include <libgen.h>
int main(void) {
    const char *qs = getenv("QUERY_STRING");
    char copy[256];
    snprintf(copy, sizeof copy, "%s", qs ? qs : "");
    char *base = basename(copy);
    char path[512];
    snprintf(path, sizeof path, "/srv/thumbs/%s", base);
    FILE *f = fopen(path, "rb");
    if (f) fclose(f);
    return 0;
}
""", id="path-cgi-basename"),
    pytest.param(r"""#include <unistd.h>
int main(int argc, char **argv) {
    if (argc < 2) return 2;
    char *args[] = { "gzip", "-k", "--", argv[1], NULL };
    execvp("gzip", args);
    perror("execvp");
    return 127;
}
""", id="command-argv-through-execvp"),
    pytest.param(r"""#include <sys/socket.h>
int handle(int fd) {
    char buf[16];
    ssize_t n = recv(fd, buf, sizeof buf - 1, 0);
    if (n <= 0) return -1;
    buf[n] = '\0';
    long pid = strtol(buf, NULL, 10);
    if (pid <= 1) return -1;
    char cmd[64];
    snprintf(cmd, sizeof cmd, "ps -o comm= -p %ld", pid);
    return system(cmd);
}
""", id="command-socket-number"),
    pytest.param(r"""int main(void) {
    char line[256];
    while (fgets(line, sizeof line, stdin)) {
        printf("%s", line);
        fprintf(stderr, "read %zu bytes\n", strlen(line));
    }
    return 0;
}
""", id="format-string-stdin-line-printed-with-%s"),
    pytest.param(r"""int main(int argc, char **argv) {
    if (argc < 2) return 2;
    char name[32];
    strncpy(name, argv[1], sizeof name - 1);
    name[sizeof name - 1] = '\0';
    printf("hello %s\n", name);
    return 0;
}
""", id="memory-argv-copy-bounded"),
    pytest.param(r"""int main(void) {
    int table[10] = {0};
    int i;
    if (scanf("%d", &i) != 1) return 1;
    if (i < 0 || i >= 10) return 1;
    table[i] = 1;
    printf("%d\n", table[i]);
    return 0;
}
""", id="memory-stdin-index-checked"),
    pytest.param(r"""#include <sys/socket.h>
int handle(int fd) {
    unsigned char hdr[2];
    if (recv(fd, hdr, 2, MSG_WAITALL) != 2) return -1;
    size_t len = hdr[0];
    unsigned char body[256];
    if (recv(fd, body, len, MSG_WAITALL) != (ssize_t)len) return -1;
    return body[0];
}
""", id="memory-recv-length-used-within-buffer"),
    pytest.param(r"""int main(void) {
    char lang[8];
    const char *env = getenv("LANG");
    snprintf(lang, sizeof lang, "%s", env ? env : "C");
    puts(lang);
    return 0;
}
""", id="memory-getenv-copied-with-snprintf"),
    pytest.param(r"""int main(void) {
    const char *next = getenv("QUERY_STRING");
    const char *target = "/";
    if (next && (strcmp(next, "/account") == 0 || strcmp(next, "/settings") == 0)) target = next;
    printf("Status: 303 See Other\r\nLocation: %s\r\n\r\n", target);
    return 0;
}
""", id="redirect-cgi-allow-list-strcmp-chain"),
    pytest.param(r"""int main(void) {
    const char *next = getenv("QUERY_STRING");
    if (next == NULL || (strcmp(next, "/account") != 0 && strcmp(next, "/settings") != 0)) next = "/";
    printf("Status: 303 See Other\r\nLocation: %s\r\n\r\n", next);
    return 0;
}
""", id="redirect-cgi-strcmp-leave"),
    pytest.param(r"""static void escape_html(const char *in, char *out, size_t cap) {
    size_t o = 0;
    for (; *in && o + 7 < cap; in++) {
        switch (*in) {
        case '<': memcpy(out + o, "&lt;", 4); o += 4; break;
        case '>': memcpy(out + o, "&gt;", 4); o += 4; break;
        case '&': memcpy(out + o, "&amp;", 5); o += 5; break;
        case '"': memcpy(out + o, "&quot;", 6); o += 6; break;
        default: out[o++] = *in;
        }
    }
    out[o] = '\0';
}
int main(void) {
    const char *q = getenv("QUERY_STRING");
    char safe[1024];
    escape_html(q ? q : "", safe, sizeof safe);
    printf("Content-Type: text/html\r\n\r\n<h1>Results for %s</h1>\n", safe);
    return 0;
}
""", id="xss-cgi-escape-into-buffer-helper"),
    pytest.param(r"""#include <syslog.h>
#include <sys/socket.h>
void log_peer(int fd) {
    char buf[256];
    ssize_t n = recv(fd, buf, sizeof buf - 1, 0);
    if (n <= 0) return;
    buf[n] = '\0';
    syslog(LOG_NOTICE, "peer said: %s", buf);
}
""", id="format-string-syslog-from-socket-with-%s"),
    pytest.param(r"""#include <libxml/parser.h>
int main(void) {
    static char body[65536];
    size_t n = fread(body, 1, sizeof body - 1, stdin);
    xmlDocPtr doc = xmlReadMemory(body, (int)n, NULL, NULL, XML_PARSE_NONET | XML_PARSE_NOCDATA);
    printf("Content-Type: text/plain\r\n\r\n%s\n", doc ? "parsed" : "invalid");
    xmlFreeDoc(doc);
    return 0;
}
""", id="xxe-cgi-body-parse-default-options"),
    pytest.param(r"""#include <libpq-fe.h>
int main(int argc, char **argv) {
    if (argc < 2) return 2;
    PGconn *conn = PQconnectdb("dbname=app");
    if (PQstatus(conn) != CONNECTION_OK) return 1;
    const char *vals[1] = { argv[1] };
    PGresult *res = PQexecParams(conn, "DELETE FROM sessions WHERE user_name = $1", 1, NULL, vals, NULL, NULL, 0);
    int ok = PQresultStatus(res) == PGRES_COMMAND_OK;
    PQclear(res);
    PQfinish(conn);
    return ok ? 0 : 1;
}
""", id="sql-argv-bound-with-libpq-params"),
    pytest.param(r"""#include <mysql/mysql.h>
int main(void) {
    char name[64];
    if (!fgets(name, sizeof name, stdin)) return 1;
    name[strcspn(name, "\n")] = '\0';
    MYSQL *db = mysql_init(NULL);
    if (!mysql_real_connect(db, "localhost", "app", getenv("DB_PASS"), "app", 0, NULL, 0)) return 1;
    MYSQL_STMT *st = mysql_stmt_init(db);
    const char *sql = "SELECT id FROM users WHERE name = ?";
    if (mysql_stmt_prepare(st, sql, strlen(sql))) return 1;
    MYSQL_BIND b;
    memset(&b, 0, sizeof b);
    unsigned long len = strlen(name);
    b.buffer_type = MYSQL_TYPE_STRING;
    b.buffer = name;
    b.buffer_length = len;
    b.length = &len;
    mysql_stmt_bind_param(st, &b);
    mysql_stmt_execute(st);
    mysql_stmt_close(st);
    mysql_close(db);
    return 0;
}
""", id="sql-stdin-bound-with-mysql-stmt"),
    pytest.param(r"""#include <sqlite3.h>
int main(void) {
    const char *qs = getenv("QUERY_STRING");
    long id = qs ? strtol(qs, NULL, 10) : 0;
    sqlite3 *db;
    sqlite3_stmt *st;
    if (sqlite3_open_v2("/var/lib/app/app.db", &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) return 1;
    if (sqlite3_prepare_v2(db, "SELECT title FROM posts WHERE id = ?", -1, &st, NULL) != SQLITE_OK) return 1;
    sqlite3_bind_int64(st, 1, id);
    printf("Content-Type: text/plain\r\n\r\n");
    while (sqlite3_step(st) == SQLITE_ROW) printf("%s\n", (const char *)sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
    sqlite3_close(db);
    return 0;
}
""", id="sqlite-cgi-bind-int-parsed"),
    pytest.param(r"""int ask(char *buf, size_t cap) {
    const char *password_prompt = "Enter password: ";
    fputs(password_prompt, stdout);
    return fgets(buf, (int)cap, stdin) ? 0 : -1;
}
""", id="password-prompt-text"),
    pytest.param(r"""int count_tokens(char *line) {
    int n = 0;
    char *token = strtok(line, " \t");
    while (token != NULL) { n++; token = strtok(NULL, " \t"); }
    return n;
}
""", id="tokenizer-variable-named-token"),
    pytest.param(r"""#include <cjson/cJSON.h>
const char *get_name(const cJSON *obj) {
    const char *key = "name";
    const cJSON *item = cJSON_GetObjectItemCaseSensitive(obj, key);
    return cJSON_IsString(item) ? item->valuestring : NULL;
}
""", id="json-key-names"),
    pytest.param(r"""FILE *open_secret(void) {
    const char *secret_path = "/run/secrets/db_password";
    return fopen(secret_path, "r");
}
""", id="secret-path-not-secret-value"),
    pytest.param(r"""struct kv { const char *key; int value; };
static const struct kv COLORS[] = { { "red", 1 }, { "green", 2 }, { "blue", 3 } };
int color_value(const char *name) {
    for (size_t i = 0; i < sizeof COLORS / sizeof COLORS[0]; i++)
        if (strcmp(COLORS[i].key, name) == 0) return COLORS[i].value;
    return -1;
}
""", id="key-value-table"),
    pytest.param(r"""#include <curl/curl.h>
struct curl_slist *auth_headers(void) {
    const char *api_key = getenv("SERVICE_API_KEY");
    if (!api_key) return NULL;
    char header[256];
    snprintf(header, sizeof header, "X-API-Key: %s", api_key);
    return curl_slist_append(NULL, header);
}
""", id="api-key-header-name"),
    pytest.param(r"""#define USAGE "usage: app --user NAME --password-file PATH\n"
int main(void) { fputs(USAGE, stderr); return 2; }
""", id="placeholder-doc-string"),
    pytest.param(r"""int check(const char *password) {
    if (strlen(password) < 12) {
        fprintf(stderr, "password must be at least 12 characters\n");
        return 0;
    }
    return 1;
}
""", id="password-policy-message"),
    pytest.param(r"""int is_bearer(const char *auth) {
    const char *token_type = "Bearer";
    return strncmp(auth, token_type, strlen(token_type)) == 0;
}
""", id="token-type-constant"),
    pytest.param(r"""void finish(char *p) {
    free(p);
    p = NULL;
    if (p != NULL) puts(p);
}
""", id="free-null-then-guarded-use"),
    pytest.param(r"""int build(const char *s, char **out) {
    char *p = malloc(64);
    if (!p) return -1;
    if (strlen(s) >= 64) { free(p); return -1; }
    strcpy(p, s);
    *out = p;
    return 0;
}
""", id="error-branch-frees-and-returns"),
    pytest.param(r"""char *grow(char *p, size_t n) {
    char *tmp = realloc(p, n);
    if (tmp == NULL) { free(p); return NULL; }
    p = tmp;
    return p;
}
""", id="realloc-failure-frees-old"),
    pytest.param(r"""struct hdr { unsigned char ver; unsigned short len; };
void take(struct hdr *dst, const unsigned char *raw, size_t rawlen) {
    if (rawlen < sizeof *dst) return;
    memcpy(dst, raw, sizeof *dst);
}
""", id="struct-copy-sizeof-source-type"),
    pytest.param(r"""static const unsigned char LOWER[256] = { 0 };
void lower(unsigned char *s, size_t n) {
    for (size_t i = 0; i < n; i++) s[i] = LOWER[s[i]] ? LOWER[s[i]] : s[i];
}
""", id="unsigned-char-index-into-256-table"),
    pytest.param(r"""void safe_copy(char dst[16], const char *src) {
    strncpy(dst, src, 16);
    dst[16 - 1] = '\0';
}
""", id="terminate-at-sizeof-minus-one"),
    pytest.param(r"""#define _GNU_SOURCE
int greet(const char *name) {
    char *msg = NULL;
    if (asprintf(&msg, "hello, %s", name) < 0) return -1;
    puts(msg);
    free(msg);
    return 0;
}
""", id="asprintf-checked-and-freed"),
    pytest.param(r"""char *first_word(const char *s) {
    size_t n = strcspn(s, " ");
    return strndup(s, n);
}
""", id="strndup-bounded"),
    pytest.param(r"""static char *registry[32];
static int nreg;
int remember(const char *s) {
    if (nreg >= 32) return -1;
    char *copy = strdup(s);
    if (!copy) return -1;
    registry[nreg++] = copy;
    return 0;
}
""", id="global-registry-keeps-pointer"),
    pytest.param(r"""enum color { RED, GREEN, BLUE, NCOLORS };
static const char *const NAMES[NCOLORS] = { "red", "green", "blue" };
const char *color_name(enum color c) {
    if ((unsigned)c >= NCOLORS) return "unknown";
    return NAMES[c];
}
""", id="enum-index-in-switch-table"),
    pytest.param(r"""int main(int argc, char **argv) {
    static const char *const DAYS[] = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };
    if (argc < 2) return 2;
    int d = atoi(argv[1]);
    if (d < 0 || (size_t)d >= sizeof DAYS / sizeof *DAYS) return 2;
    puts(DAYS[d]);
    return 0;
}
""", id="argv-index-via-atoi-checked-with-sizeof"),
    pytest.param(r"""struct ctx { char *buf; };
void ctx_free(struct ctx *c) {
    if (!c) return;
    free(c->buf);
    c->buf = NULL;
    free(c);
}
""", id="destroy-function-nulls-field"),
    pytest.param(r"""int main(void) {
    char line[128];
    char out[128];
    if (!fgets(line, sizeof line, stdin)) return 1;
    size_t i;
    for (i = 0; i < sizeof out - 1 && line[i] && line[i] != '\n'; i++) out[i] = line[i];
    out[i] = '\0';
    puts(out);
    return 0;
}
""", id="loop-with-fixed-bound-copying-stdin"),
    pytest.param(r"""#include <mysql/mysql.h>
MYSQL *open_db(const char *user, const char *password) {
    if (password == NULL || password[0] == '\0') {
        fprintf(stderr, "refusing to connect without a password\n");
        return NULL;
    }
    MYSQL *db = mysql_init(NULL);
    if (db && !mysql_real_connect(db, "db.internal", user, password, "app", 3306, NULL, 0)) {
        mysql_close(db);
        return NULL;
    }
    return db;
}
""", id="empty-password-rejected-before-connect"),
    pytest.param(r"""#include <libpq-fe.h>
PGconn *pg(void) {
    const char *keys[] = { "host", "dbname", "user", "password", "sslmode", NULL };
    const char *vals[] = { getenv("PGHOST"), "app", "app", getenv("PGPASSWORD"), "verify-full", NULL };
    if (vals[0] == NULL || vals[3] == NULL) return NULL;
    return PQconnectdbParams(keys, vals, 0);
}
""", id="libpq-connect-params-from-env-with-sslmode"),
    pytest.param(r"""#include <ldap.h>
int bind_user(LDAP *ld) {
    const char *dn = getenv("LDAP_BIND_DN");
    const char *pw = getenv("LDAP_BIND_PW");
    if (!dn || !pw || !*pw) return -1;
    struct berval cred;
    cred.bv_val = (char *)pw;
    cred.bv_len = strlen(pw);
    return ldap_sasl_bind_s(ld, dn, LDAP_SASL_SIMPLE, &cred, NULL, NULL, NULL);
}
""", id="ldap-bind-with-credentials-from-env"),
    pytest.param(r"""#include <curl/curl.h>
int call_api(void) {
    const char *user = getenv("API_USER");
    const char *pass = getenv("API_PASS");
    if (!user || !pass) return -1;
    CURL *c = curl_easy_init();
    if (!c) return -1;
    curl_easy_setopt(c, CURLOPT_URL, "https://api.example.com/v1/me");
    curl_easy_setopt(c, CURLOPT_USERNAME, user);
    curl_easy_setopt(c, CURLOPT_PASSWORD, pass);
    CURLcode rc = curl_easy_perform(c);
    curl_easy_cleanup(c);
    return rc == CURLE_OK ? 0 : -1;
}
""", id="curl-basic-auth-from-env"),
    pytest.param(r"""#include <openssl/ssl.h>
SSL_CTX *ctx_new(void) {
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    if (!ctx) return NULL;
    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
    SSL_CTX_set_cipher_list(ctx, "HIGH:!aNULL:!MD5:!RC4");
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, NULL);
    SSL_CTX_set_default_verify_paths(ctx);
    return ctx;
}
""", id="ssl-ctx-min-version-and-ciphers"),
    pytest.param(r"""#include <openssl/hmac.h>
int sign(const unsigned char *msg, size_t n, unsigned char *out, unsigned int *outlen) {
    const char *key = getenv("WEBHOOK_SECRET");
    if (!key) return -1;
    return HMAC(EVP_sha256(), key, (int)strlen(key), msg, n, out, outlen) ? 0 : -1;
}
""", id="hmac-key-from-env"),
    pytest.param(r"""#include <bsd/string.h>
void build_path(char out[128], const char *dir, const char *file) {
    strlcpy(out, dir, 128);
    strlcat(out, "/", 128);
    strlcat(out, file, 128);
}
""", id="strlcpy-and-strlcat"),
    pytest.param(r"""void *alloc_items(size_t count, size_t size) {
    size_t total;
    if (__builtin_mul_overflow(count, size, &total)) return NULL;
    return malloc(total);
}
""", id="builtin-mul-overflow"),
    pytest.param(r"""int main(int argc, char **argv) {
    if (argc < 3) return 2;
    int a = atoi(argv[1]), b = atoi(argv[2]), sum;
    if (__builtin_add_overflow(a, b, &sum)) { fputs("overflow\n", stderr); return 1; }
    printf("%d\n", sum);
    return 0;
}
""", id="builtin-add-overflow-from-input"),
    pytest.param(r"""#include <stdckdint.h>
void *alloc_grid(size_t w, size_t h) {
    size_t cells;
    if (ckd_mul(&cells, w, h)) return NULL;
    return calloc(cells, 1);
}
""", id="ckd_mul-c23"),
    pytest.param(r"""#include <sys/socket.h>
int read_record(int fd, char *out, size_t cap) {
    int len;
    if (recv(fd, &len, sizeof len, MSG_WAITALL) != sizeof len) return -1;
    if (len < 0 || (size_t)len >= cap) return -1;
    if (recv(fd, out, (size_t)len, MSG_WAITALL) != len) return -1;
    out[len] = '\0';
    return len;
}
""", id="signed-length-checked-both-sides"),
    pytest.param(r"""void fill(int *a, size_t n) {
    int buf[10];
    for (size_t i = 0; i < 10; i++) buf[i] = (int)i;
    for (size_t i = 0; i < n && i < 10; i++) a[i] = buf[i];
}
""", id="loop-strictly-below-size"),
    pytest.param(r"""#include <limits.h>
int main(int argc, char **argv) {
    if (argc < 3) return 2;
    long w = strtol(argv[1], NULL, 10), h = strtol(argv[2], NULL, 10);
    if (w <= 0 || h <= 0 || w > INT_MAX / h) return 1;
    int area = (int)(w * h);
    printf("%d\n", area);
    return 0;
}
""", id="multiplication-checked-against-INT_MAX"),
    pytest.param(r"""#include <sys/socket.h>
#include <stdint.h>
void *read_blob(int fd) {
    uint32_t n;
    if (recv(fd, &n, sizeof n, MSG_WAITALL) != sizeof n) return NULL;
    if (n == 0 || n > (1u << 20)) return NULL;
    unsigned char *p = malloc(n);
    if (!p) return NULL;
    if (recv(fd, p, n, MSG_WAITALL) != (ssize_t)n) { free(p); return NULL; }
    return p;
}
""", id="size-from-input-clamped-before-malloc"),
    pytest.param(r"""char *html_escape(const char *s);
int main(void) {
    const char *q = getenv("QUERY_STRING");
    char *e = html_escape(q ? q : "");
    fputs("Content-Type: text/html\r\n\r\n<pre>", stdout);
    fputs(e ? e : "", stdout);
    fputs("</pre>\n", stdout);
    free(e);
    return 0;
}
""", id="xss-fputs-of-escaped-buffer"),
    pytest.param(r"""#include <glib.h>
int main(void) {
    const char *q = getenv("QUERY_STRING");
    gchar *e = g_markup_escape_text(q ? q : "", -1);
    printf("Content-Type: text/html\r\n\r\n<p>%s</p>\n", e);
    g_free(e);
    return 0;
}
""", id="xss-g_markup_escape_text"),
    pytest.param(r"""#include <libxml/entities.h>
int main(void) {
    const char *q = getenv("QUERY_STRING");
    xmlChar *e = xmlEncodeSpecialChars(NULL, (const xmlChar *)(q ? q : ""));
    printf("Content-Type: text/html\r\n\r\n<p>%s</p>\n", (const char *)e);
    xmlFree(e);
    return 0;
}
""", id="xss-libxml-encode-entities"),
    pytest.param(r"""int main(void) {
    const char *q = getenv("QUERY_STRING");
    printf("Content-Type: text/plain\r\n\r\n");
    printf("You sent: %s\n", q ? q : "");
    return 0;
}
""", id="xss-text-plain-content-type-with-value"),
    pytest.param(r"""int main(void) {
    const char *q = getenv("QUERY_STRING");
    printf("Content-Type: text/html\r\n\r\n<p>");
    for (const char *p = q ? q : ""; *p; p++) {
        if (*p == '<') fputs("&lt;", stdout);
        else if (*p == '>') fputs("&gt;", stdout);
        else if (*p == '&') fputs("&amp;", stdout);
        else if (*p == '"') fputs("&quot;", stdout);
        else putchar(*p);
    }
    puts("</p>");
    return 0;
}
""", id="xss-per-char-escaping-loop-with-putchar"),
    pytest.param(r"""#include <microhttpd.h>
struct form { char user[64]; };
static enum MHD_Result iterate(void *cls, enum MHD_ValueKind kind, const char *key, const char *filename,
                               const char *content_type, const char *encoding, const char *data, uint64_t off, size_t size) {
    struct form *f = cls;
    if (strcmp(key, "user") == 0) {
        size_t n = size < sizeof f->user - 1 ? size : sizeof f->user - 1;
        memcpy(f->user, data, n);
        f->user[n] = '\0';
    }
    return MHD_YES;
}
""", id="microhttpd-post-processor-bounded-copy"),
    pytest.param(r"""#include <microhttpd.h>
#include <openssl/crypto.h>
static int authorized(struct MHD_Connection *conn, const char *expected, size_t elen) {
    const char *got = MHD_lookup_connection_value(conn, MHD_HEADER_KIND, "X-Api-Key");
    if (got == NULL || strlen(got) != elen) return 0;
    return CRYPTO_memcmp(got, expected, elen) == 0;
}
""", id="microhttpd-header-lookup-compared-with-constant-time"),
    pytest.param(r"""#include <microhttpd.h>
#include <limits.h>
static FILE *open_static(const char *url) {
    char joined[PATH_MAX], real[PATH_MAX];
    snprintf(joined, sizeof joined, "/srv/www%s", url);
    if (realpath(joined, real) == NULL) return NULL;
    if (strncmp(real, "/srv/www/", 9) != 0) return NULL;
    return fopen(real, "rb");
}
static enum MHD_Result handle(void *cls, struct MHD_Connection *conn, const char *url, const char *method,
                              const char *version, const char *upload_data, size_t *upload_size, void **ptr) {
    FILE *f = open_static(url);
    if (!f) return MHD_NO;
    fclose(f);
    return MHD_YES;
}
""", id="microhttpd-file-under-root-with-realpath"),
    pytest.param(r"""char *url_encode(const char *s);
int main(void) {
    const char *qs = getenv("QUERY_STRING");
    char *enc = url_encode(qs ? qs : "");
    if (enc == NULL) return 1;
    printf("Status: 302 Found\r\nLocation: /login?next=%s\r\n\r\n", enc);
    free(enc);
    return 0;
}
""", id="redirect-to-a-fixed-path-with-the-value-in-its-query"),
]

UNSAFE = [
    pytest.param(r"""int restart(const char *svc) {
    if (strcmp(svc, "nginx") == 0) puts("web");
    char cmd[64];
    snprintf(cmd, sizeof cmd, "systemctl restart %s", svc);
    return system(cmd);
}
""", "c.exec.formatted-command", id="strcmp-not-leaving"),
    pytest.param(r"""int restart(const char *svc) {
    if (strncmp(svc, "ngi", 3) != 0) return -1;
    char cmd[64];
    snprintf(cmd, sizeof cmd, "systemctl restart %s", svc);
    return system(cmd);
}
""", "c.exec.formatted-command", id="strncmp-prefix-only"),
    pytest.param(r"""int restart(const char *svc) {
    if (strcmp(svc, "nginx") != 0 || strcmp(svc, "redis") != 0) puts("x");
    char cmd[64];
    snprintf(cmd, sizeof cmd, "systemctl restart %s", svc);
    return system(cmd);
}
""", "c.exec.formatted-command", id="strcmp-or-instead-of-and"),
    pytest.param(r"""int restart(const char *svc, const char *mode) {
    if (strcmp(mode, "fast") != 0) return -1;
    char cmd[64];
    snprintf(cmd, sizeof cmd, "systemctl restart %s", svc);
    return system(cmd);
}
""", "c.exec.system-non-constant", id="strcmp-of-other-variable"),
    pytest.param(r"""#include <libpq-fe.h>
int del(PGconn *conn, const char *name) {
    char *lit = PQescapeLiteral(conn, name, strlen(name));
    char q[512];
    snprintf(q, sizeof q, "DELETE FROM sessions WHERE owner = '%s'", name);
    PQfreemem(lit);
    PGresult *r = PQexec(conn, q);
    PQclear(r);
    return 0;
}
""", "c.sql.formatted-query", id="PQescapeLiteral-computed-but-raw-used"),
    pytest.param(r"""#include <mysql/mysql.h>
int find_mysql(MYSQL *conn, const char *name) {
    char esc[129];
    mysql_real_escape_string(conn, esc, name, (unsigned long)strlen(name));
    char query[256];
    snprintf(query, sizeof query, "SELECT id FROM users WHERE name = '%s'", name);
    return mysql_query(conn, query);
}
""", "c.sql.formatted-query", id="mysql-escape-then-raw-used"),
    pytest.param(r"""#include <sqlite3.h>
int main(void) {
    const char *qs = getenv("QUERY_STRING");
    char sql[256];
    snprintf(sql, sizeof sql, "SELECT * FROM users WHERE name = '%s'", qs);
    sqlite3 *db; sqlite3_open("app.db", &db);
    return sqlite3_exec(db, sql, NULL, NULL, NULL);
}
""", "c.flow.sql-built-query", id="CGI-query-into-sql"),
    pytest.param(r"""int main(void) {
    const char *qs = getenv("QUERY_STRING");
    char path[256];
    snprintf(path, sizeof path, "/var/www/files/%s", qs);
    FILE *f = fopen(path, "r");
    if (f) fclose(f);
    return 0;
}
""", "c.flow.path-traversal", id="CGI-path"),
    pytest.param(r"""int main(void) {
    const char *next = getenv("QUERY_STRING");
    printf("Status: 302 Found\r\nLocation: %s\r\n\r\n", next);
    return 0;
}
""", "c.web.open-redirect", id="redirect-raw"),
    pytest.param(r"""int main(void) {
    const char *next = getenv("QUERY_STRING");
    printf("Status: 302 Found\r\nLocation: /%s\r\n\r\n", next);
    return 0;
}
""", "c.web.open-redirect", id="redirect-slash-then-value"),
    pytest.param(r"""int main(void) {
    const char *next = getenv("QUERY_STRING");
    printf("Location: https://%s/welcome\r\n\r\n", next);
    return 0;
}
""", "c.web.open-redirect", id="redirect-scheme-host-from-input"),
    pytest.param(r"""#include <openssl/hmac.h>
int verify(const unsigned char *msg, size_t len, const unsigned char *sig, const unsigned char *key) {
    unsigned char mac[32]; unsigned int maclen = 0;
    HMAC(EVP_sha256(), key, 32, msg, len, mac, &maclen);
    return memcmp(mac, sig, 32) == 0;
}
""", "c.crypto.timing-unsafe-compare", id="signature-memcmp"),
    pytest.param(r"""int check(const char *token) {
    const char *expected_token = getenv("API_TOKEN");
    return strcmp(token, expected_token) == 0;
}
""", "c.crypto.timing-unsafe-compare", id="token-strcmp"),
    pytest.param(r"""#include <ctype.h>
int make_user(const char *name) {
    for (const char *p = name; *p; p++) if (!isalnum((unsigned char)*p)) fputs("odd name\n", stderr);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "useradd -m %s", name);
    return system(cmd);
}
""", "c.exec.formatted-command", id="isalnum-loop-does-not-leave"),
    pytest.param(r"""#include <ctype.h>
int make_user(const char *name, const char *group) {
    for (const char *p = group; *p; p++) if (!isalnum((unsigned char)*p)) return -1;
    char cmd[128];
    snprintf(cmd, sizeof cmd, "useradd -m -g %s %s", group, name);
    return system(cmd);
}
""", "c.exec.formatted-command", id="isalnum-loop-walks-another-string"),
    pytest.param(r"""int check_key(const char *api_key) {
    return strcmp(api_key, "sk_live_51HxYzAbCdEfGhIj") == 0;
}
""", "c.crypto.timing-unsafe-compare", id="api-key-against-a-long-literal"),
    pytest.param(r"""#include <openssl/hmac.h>
int verify(const unsigned char *msg, size_t len, const unsigned char *sig, size_t siglen, const unsigned char *key) {
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int maclen = 0;
    HMAC(EVP_sha256(), key, 32, msg, len, mac, &maclen);
    if (siglen != maclen) return 0;
    return memcmp(mac, sig, maclen) == 0;
}
""", "c.crypto.timing-unsafe-compare", id="hmac-compared-with-memcmp-beside-a-length-check"),
    pytest.param(r"""int main(void) {
    printf("Set-Cookie: theme=dark; Path=/; Secure; HttpOnly\r\n");
    printf("Set-Cookie: sid=%s; Path=/\r\n", "0f1e2d3c4b5a69788796a5b4c3d2e1f0");
    printf("Content-Type: text/plain\r\n\r\nok\n");
    return 0;
}
""", "c.web.insecure-cookie", id="cookie-without-flags-beside-a-flagged-one"),
    pytest.param(r"""int main(void) {
    const char *sid = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";
    printf("Set-Cookie: sid=%s; ", sid);
    printf("Path=/\r\n");
    printf("Content-Type: text/plain\r\n\r\nok\n");
    return 0;
}
""", "c.web.insecure-cookie", id="cookie-split-without-flags"),
    pytest.param(r"""#include <openssl/evp.h>
int digest_pw(const char *pw, unsigned char *out, unsigned int *outlen) {
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    EVP_DigestInit_ex(ctx, EVP_sha1(), NULL);
    EVP_DigestUpdate(ctx, pw, strlen(pw));
    EVP_DigestFinal_ex(ctx, out, outlen);
    EVP_MD_CTX_free(ctx);
    return 0;
}
""", "c.crypto.weak-hash", id="sha1-digest-of-a-password"),
    pytest.param(r"""#include <openssl/hmac.h>
#include <openssl/md5.h>
void both(const unsigned char *key, const unsigned char *m, size_t n, unsigned char *mac, unsigned char *d) {
    unsigned int len;
    HMAC(EVP_sha256(), key, 32, m, n, mac, &len);
    MD5(m, n, d);
}
""", "c.crypto.weak-hash", id="md5-beside-an-hmac"),
    pytest.param(r"""int main(void) {
    const char *ua = getenv("HTTP_USER_AGENT");
    printf("Content-Type: text/html\r\n\r\n<p>%zu characters: %s</p>\n", ua ? strlen(ua) : (size_t)0, ua);
    return 0;
}
""", "c.web.reflected-xss", id="xss-string-beside-a-number"),
    pytest.param(r"""int main(void) {
    const char *qs = getenv("QUERY_STRING");
    printf("Content-Type: text/html\r\n\r\n<p>%c%s</p>\n", qs[0], qs + 1);
    return 0;
}
""", "c.web.reflected-xss", id="xss-char-conversion"),
    pytest.param(r"""#include <curl/curl.h>
static const char *const ALLOWED_HOSTS[] = { "api.github.com", "api.gitlab.com" };
int main(void) {
    const char *host = getenv("QUERY_STRING");
    const char *mode = getenv("HTTP_X_MODE");
    if (host == NULL || mode == NULL) return 1;
    int ok = 0;
    for (size_t i = 0; i < 2; i++)
        if (strcmp(mode, ALLOWED_HOSTS[i]) == 0) ok = 1;
    if (!ok) return 0;
    char url[256];
    snprintf(url, sizeof url, "https://%s/rate_limit", host);
    CURL *c = curl_easy_init();
    curl_easy_setopt(c, CURLOPT_URL, url);
    curl_easy_perform(c);
    return 0;
}
""", "c.net.ssrf", id="ssrf-flag-set-for-a-different-value"),
    pytest.param(r"""#include <curl/curl.h>
static const char *const ALLOWED_HOSTS[] = { "api.github.com", "api.gitlab.com" };
int main(void) {
    const char *host = getenv("QUERY_STRING");
    if (host == NULL) return 1;
    int ok = 0;
    for (size_t i = 0; i < 2; i++)
        if (strcmp(host, ALLOWED_HOSTS[i]) == 0) ok = 1;
    if (!ok) fprintf(stderr, "unknown host\n");
    char url[256];
    snprintf(url, sizeof url, "https://%s/rate_limit", host);
    CURL *c = curl_easy_init();
    curl_easy_setopt(c, CURLOPT_URL, url);
    curl_easy_perform(c);
    return 0;
}
""", "c.net.ssrf", id="ssrf-flag-not-checked"),
    pytest.param(r"""#include <unistd.h>
int main(int argc, char **argv) {
    if (argc < 2) return 2;
    char *args[] = { "tar", argv[1], "--", "out.tar", NULL };
    execvp("tar", args);
    return 127;
}
""", "c.flow.command-injection", id="execvp-value-before-the-options-end"),
    pytest.param(r"""#include <unistd.h>
int main(int argc, char **argv) {
    if (argc < 2) return 2;
    char *args[] = { "sh", "-c", "--", argv[1], NULL };
    execv("/bin/sh", args);
    return 127;
}
""", "c.flow.command-injection", id="execv-shell-script-from-input"),
    pytest.param(r"""#include <unistd.h>
int main(int argc, char **argv) {
    if (argc < 2) return 2;
    char *args[] = { "gzip", "-k", argv[1], NULL };
    execvp("gzip", args);
    return 127;
}
""", "c.flow.command-injection", id="execvp-without-double-dash"),
    pytest.param(r"""int check(const char *token) {
    const char *expected_token = getenv("API_TOKEN");
    return strncmp(token, expected_token, strlen(expected_token)) == 0;
}
""", "c.crypto.timing-unsafe-compare", id="token-strncmp-with-strlen-count"),
    pytest.param(r"""#include <limits.h>
int main(int argc, char **argv) {
    if (argc < 3) return 2;
    long w = strtol(argv[1], NULL, 10), h = strtol(argv[2], NULL, 10);
    if (w <= 0 || w > INT_MAX / h) return 1;
    printf("%ld\n", w);
    return 0;
}
""", "c.flow.divide-by-zero", id="division-where-the-or-guard-tests-another-value"),
    pytest.param(r"""int main(int argc, char **argv) {
    if (argc < 3) return 2;
    int a = atoi(argv[1]), b = atoi(argv[2]);
    if (b == 0 || a / b > 10) puts("x");
    return a / b;
}
""", "c.flow.divide-by-zero", id="division-after-or-guard-that-proves-nothing"),
    pytest.param(r"""#include <microhttpd.h>
static enum MHD_Result handle(void *cls, struct MHD_Connection *conn, const char *url, const char *method,
                              const char *version, const char *upload_data, size_t *upload_size, void **ptr) {
    const char *name = MHD_lookup_connection_value(conn, MHD_GET_ARGUMENT_KIND, "name");
    char page[512];
    snprintf(page, sizeof page, "<html><body>Hello %s</body></html>", name);
    struct MHD_Response *resp = MHD_create_response_from_buffer(strlen(page), page, MHD_RESPMEM_MUST_COPY);
    enum MHD_Result ret = MHD_queue_response(conn, MHD_HTTP_OK, resp);
    MHD_destroy_response(resp);
    return ret;
}
""", "c.web.reflected-xss", id="microhttpd-reflected"),
    pytest.param(r"""#include <microhttpd.h>
static enum MHD_Result handle(void *cls, struct MHD_Connection *conn, const char *url, const char *method,
                              const char *version, const char *upload_data, size_t *upload_size, void **ptr) {
    const char *host = MHD_lookup_connection_value(conn, MHD_GET_ARGUMENT_KIND, "host");
    char cmd[256];
    snprintf(cmd, sizeof cmd, "ping -c 1 %s", host);
    system(cmd);
    return MHD_YES;
}
""", "c.flow.command-injection", id="microhttpd-command"),
    pytest.param(r"""#include "civetweb.h"
static int handler(struct mg_connection *conn, void *cbdata) {
    char name[128];
    const struct mg_request_info *ri = mg_get_request_info(conn);
    mg_get_var(ri->query_string, strlen(ri->query_string), "file", name, sizeof name);
    char path[256];
    snprintf(path, sizeof path, "/srv/files/%s", name);
    FILE *f = fopen(path, "r");
    if (f) fclose(f);
    return 200;
}
""", "c.flow.path-traversal", id="civetweb-path"),
    pytest.param(r"""#include <fcgiapp.h>
#include <sqlite3.h>
void serve(FCGX_Request *req, sqlite3 *db) {
    const char *q = FCGX_GetParam("QUERY_STRING", req->envp);
    char sql[256];
    snprintf(sql, sizeof sql, "SELECT * FROM items WHERE name = '%s'", q);
    sqlite3_exec(db, sql, NULL, NULL, NULL);
}
""", "c.flow.sql-built-query", id="fastcgi-sql"),
    pytest.param(r"""#include "civetweb.h"
static int handler(struct mg_connection *conn, void *cbdata) {
    char name[64] = "";
    const struct mg_request_info *ri = mg_get_request_info(conn);
    if (ri->query_string) mg_get_var(ri->query_string, strlen(ri->query_string), "name", name, sizeof name);
    mg_printf(conn, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>Hi %s</p>", name);
    return 200;
}
""", "c.web.reflected-xss", id="civetweb-reflected"),
    pytest.param(r"""int main(void) {
    const char *q = getenv("QUERY_STRING");
    char page[512];
    snprintf(page, sizeof page, "<h1>Results for %s</h1>", q);
    fputs(page, stdout);
    return 0;
}
""", "c.web.reflected-xss", id="cgi-snprintf-markup-then-fputs"),
]


@pytest.mark.parametrize("code", SAFE)
def test_safe_lookalike_is_not_flagged(code):
    assert findings(code) == set()


@pytest.mark.parametrize("code,rule", UNSAFE)
def test_unsafe_twin_is_flagged(code, rule):
    assert rule in findings(code)
