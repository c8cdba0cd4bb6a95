// Boost.Beast: verify the X-Hub-Signature-256 header of incoming repository webhooks.
#include <boost/beast/http.hpp>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <cstdio>
#include <string>

namespace http = boost::beast::http;

static std::string hmac_hex(const std::string& key, const std::string& body) {
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()),
         reinterpret_cast<const unsigned char*>(body.data()), body.size(), mac, &len);
    std::string hex;
    char b[3];
    for (unsigned int i = 0; i < len; ++i) { std::snprintf(b, sizeof b, "%02x", mac[i]); hex += b; }
    return hex;
}

bool webhook_authentic(const http::request<http::string_body>& req, const std::string& secret) {
    auto it = req.find("X-Hub-Signature-256");
    if (it == req.end()) return false;
    std::string given(it->value());
    std::string expected = "sha256=" + hmac_hex(secret, req.body());
    return given.size() == expected.size() &&
           CRYPTO_memcmp(given.data(), expected.data(), expected.size()) == 0;
}
