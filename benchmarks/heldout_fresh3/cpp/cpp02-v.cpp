#include <boost/asio.hpp>
#include <cstdio>
#include <functional>
#include <istream>
#include <string>

using boost::asio::ip::tcp;

int main()
{
    boost::asio::io_context io;
    tcp::acceptor acceptor(io, tcp::endpoint(tcp::v4(), 7070));

    std::function<void(const std::string &)> log = [](const std::string &line) {
        std::fprintf(stderr, line.c_str());
        std::fputc('\n', stderr);
    };

    for (;;) {
        tcp::socket sock(io);
        acceptor.accept(sock);
        boost::asio::streambuf buf;
        boost::system::error_code ec;
        boost::asio::read_until(sock, buf, '\n', ec);
        if (ec)
            continue;
        std::istream is(&buf);
        std::string line;
        std::getline(is, line);
        for (char &c : line)
            if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
                c = ' ';
        log(line);
    }
}
