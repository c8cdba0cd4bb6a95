require 'net/http'

def fetch_inventory
  uri = URI('https://inventory.internal/api/items')
  http = Net::HTTP.new(uri.host, uri.port)
  http.use_ssl = true
  http.verify_mode = OpenSSL::SSL::VERIFY_PEER
  http.ca_file = '/etc/ssl/internal-ca.pem'
  http.get(uri.request_uri).body
end
