#include <openssl/evp.h>
#include <openssl/rand.h>
#include <string>
#include <vector>

std::vector<unsigned char> encrypt(const std::vector<unsigned char> &key, const std::string &plain) {
    std::vector<unsigned char> out(12 + plain.size() + 16);
    int len = 0, total = 0;
    RAND_bytes(out.data(), 12);
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    EVP_EncryptInit_ex(ctx, EVP_aes_128_gcm(), nullptr, key.data(), out.data());
    EVP_EncryptUpdate(ctx, out.data() + 12, &len, reinterpret_cast<const unsigned char *>(plain.data()), static_cast<int>(plain.size()));
    total = len;
    EVP_EncryptFinal_ex(ctx, out.data() + 12 + len, &len);
    EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, 16, out.data() + 12 + total + len);
    EVP_CIPHER_CTX_free(ctx);
    return out;
}
