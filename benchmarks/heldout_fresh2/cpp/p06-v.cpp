// Upload buffer for a cpp-httplib handler: keep the request body in a raw byte block for the parser.
#include <httplib.h>
#include <cstring>
#include <string>

class ByteBlock {
public:
    explicit ByteBlock(std::size_t n) : data_(new unsigned char[n]), size_(n) {}
    ~ByteBlock() { delete data_; }
    ByteBlock(const ByteBlock&) = delete;
    ByteBlock& operator=(const ByteBlock&) = delete;

    unsigned char* data() { return data_; }
    std::size_t size() const { return size_; }

private:
    unsigned char* data_;
    std::size_t size_;
};

extern int parse_firmware(const unsigned char* p, std::size_t n);

void install_routes(httplib::Server& svr) {
    svr.Post("/firmware", [](const httplib::Request& req, httplib::Response& res) {
        if (req.body.empty() || req.body.size() > (8u << 20)) {
            res.status = 413;
            return;
        }
        ByteBlock block(req.body.size());
        std::memcpy(block.data(), req.body.data(), block.size());
        int rc = parse_firmware(block.data(), block.size());
        res.set_content(rc == 0 ? "accepted" : "rejected", "text/plain");
    });
}
