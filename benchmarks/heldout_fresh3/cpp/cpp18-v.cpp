#include <boost/asio.hpp>
#include <boost/asio/ssl.hpp>
#include <memory>
#include <string>

namespace asio = boost::asio;
namespace ssl = boost::asio::ssl;
using tcp = asio::ip::tcp;

using TlsStream = ssl::stream<tcp::socket>;

std::unique_ptr<TlsStream> open_license_stream(asio::io_context &io, ssl::context &ctx,
                                               const std::string &host)
{
    ctx.set_verify_mode(ssl::verify_none);

    auto stream = std::make_unique<TlsStream>(io, ctx);
    SSL_set_tlsext_host_name(stream->native_handle(), host.c_str());

    tcp::resolver resolver(io);
    asio::connect(stream->next_layer(), resolver.resolve(host, "443"));
    stream->handshake(ssl::stream_base::client);
    return stream;
}
