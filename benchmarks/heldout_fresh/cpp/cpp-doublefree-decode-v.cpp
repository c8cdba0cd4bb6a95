#include <cstddef>
#include <string>

bool b64_decode(const std::string &in, unsigned char *out, std::size_t &len);

bool with_decoded(const std::string &blob, void (*consume)(const unsigned char *, std::size_t))
{
    unsigned char *buf = new unsigned char[blob.size()];
    std::size_t len = 0;
    if (!b64_decode(blob, buf, len)) {
        delete[] buf;
    }
    if (len == 0) {
        delete[] buf;
        return false;
    }
    consume(buf, len);
    delete[] buf;
    return true;
}
