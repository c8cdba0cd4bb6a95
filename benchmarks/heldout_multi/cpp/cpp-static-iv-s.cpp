#include <openssl/evp.h>
#include <openssl/rand.h>
#include <string>
#include <vector>

std::vector<unsigned char> seal(const unsigned char key[32], const std::string &plain) {
    unsigned char iv[16];
    RAND_bytes(iv, sizeof iv);
    std::vector<unsigned char> out(16 + plain.size() + 16);
    std::copy(iv, iv + 16, out.begin());
    int len = 0, total = 0;
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    EVP_EncryptInit_ex(ctx, EVP_aes_256_cbc(), nullptr, key, iv);
    EVP_EncryptUpdate(ctx, out.data() + 16, &len, reinterpret_cast<const unsigned char *>(plain.data()), static_cast<int>(plain.size()));
    total = len;
    EVP_EncryptFinal_ex(ctx, out.data() + 16 + len, &len);
    EVP_CIPHER_CTX_free(ctx);
    out.resize(16 + total + len);
    return out;
}
