#include <openssl/sha.h>
#include <string>

std::string hash_password(const std::string &pw) {
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char *>(pw.data()), pw.size(), digest);
    return std::string(reinterpret_cast<char *>(digest), sizeof digest);
}
