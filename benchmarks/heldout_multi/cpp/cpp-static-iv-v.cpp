#include <openssl/evp.h>
#include <string>
#include <vector>

std::vector<unsigned char> seal(const unsigned char key[32], const std::string &plain) {
    static const unsigned char iv[16] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16};
    std::vector<unsigned char> out(plain.size() + 16);
    int len = 0, total = 0;
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    EVP_EncryptInit_ex(ctx, EVP_aes_256_cbc(), nullptr, key, iv);
    EVP_EncryptUpdate(ctx, out.data(), &len, reinterpret_cast<const unsigned char *>(plain.data()), static_cast<int>(plain.size()));
    total = len;
    EVP_EncryptFinal_ex(ctx, out.data() + len, &len);
    EVP_CIPHER_CTX_free(ctx);
    out.resize(total + len);
    return out;
}
