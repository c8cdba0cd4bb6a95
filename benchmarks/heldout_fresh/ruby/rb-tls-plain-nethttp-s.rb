require "net/http"
require "openssl"
require "json"

def fetch_status(host)
  http = Net::HTTP.new(host, 443)
  http.use_ssl = true
  http.verify_mode = OpenSSL::SSL::VERIFY_PEER
  http.ca_file = "/etc/ssl/internal-ca.pem"
  http.open_timeout = 5
  res = http.get("/status.json")
  JSON.parse(res.body)
end

puts fetch_status("status.internal.example.com")
