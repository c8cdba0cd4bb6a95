// Boost.Asio server session: frames are [u16 big-endian length][payload]; echo each payload back.
#include <boost/asio.hpp>
#include <array>
#include <cstdint>
#include <memory>

using boost::asio::ip::tcp;

class Session : public std::enable_shared_from_this<Session> {
public:
    explicit Session(tcp::socket s) : sock_(std::move(s)) {}
    void start() { read_header(); }

private:
    void read_header() {
        auto self = shared_from_this();
        boost::asio::async_read(sock_, boost::asio::buffer(hdr_),
            [this, self](boost::system::error_code ec, std::size_t) {
                if (ec) return;
                std::size_t len = (std::size_t(hdr_[0]) << 8) | hdr_[1];
                read_body(len);
            });
    }
    void read_body(std::size_t len) {
        auto self = shared_from_this();
        boost::asio::async_read(sock_, boost::asio::buffer(body_.data(), len),
            [this, self](boost::system::error_code ec, std::size_t n) {
                if (ec) return;
                boost::asio::write(sock_, boost::asio::buffer(body_.data(), n));
                read_header();
            });
    }

    tcp::socket sock_;
    std::array<std::uint8_t, 2> hdr_{};
    std::array<char, 1024> body_{};
};
