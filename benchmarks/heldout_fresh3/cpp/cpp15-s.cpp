#include <openssl/evp.h>
#include <openssl/rand.h>
#include <stdexcept>
#include <string>
#include <vector>

std::vector<unsigned char> encrypt_cookie(const unsigned char key[32], const std::string &plain)
{
    std::vector<unsigned char> out(plain.size() + 32);
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int n = 0, total = 0;
    bool ok = ctx && RAND_bytes(out.data(), 12) == 1
        && EVP_EncryptInit_ex(ctx, EVP_chacha20_poly1305(), nullptr, key, out.data()) == 1
        && EVP_EncryptUpdate(ctx, out.data() + 12, &n,
                             reinterpret_cast<const unsigned char *>(plain.data()),
                             static_cast<int>(plain.size())) == 1;
    total = 12 + n;
    ok = ok && EVP_EncryptFinal_ex(ctx, out.data() + total, &n) == 1;
    total += n;
    ok = ok && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_AEAD_GET_TAG, 16, out.data() + total) == 1;
    total += 16;
    EVP_CIPHER_CTX_free(ctx);
    if (!ok)
        throw std::runtime_error("encrypt failed");
    out.resize(static_cast<size_t>(total));
    return out;
}
