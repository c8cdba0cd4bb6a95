#include <openssl/evp.h>
#include <string>
#include <vector>

std::vector<unsigned char> encrypt(const std::vector<unsigned char> &key, const std::string &plain) {
    std::vector<unsigned char> out(plain.size() + 16);
    int len = 0, total = 0;
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    EVP_EncryptInit_ex(ctx, EVP_aes_128_ecb(), nullptr, key.data(), nullptr);
    EVP_EncryptUpdate(ctx, out.data(), &len, reinterpret_cast<const unsigned char *>(plain.data()), static_cast<int>(plain.size()));
    total = len;
    EVP_EncryptFinal_ex(ctx, out.data() + len, &len);
    EVP_CIPHER_CTX_free(ctx);
    out.resize(total + len);
    return out;
}
