require "net/http"
require "json"

class SmsGateway
  ENDPOINT = URI("https://api.sms-gw.example/v1/messages")

  def initialize(token: ENV.fetch("SMS_TOKEN"))
    @token = token
  end

  def deliver(to:, text:)
    http = Net::HTTP.new(ENDPOINT.host, ENDPOINT.port)
    http.use_ssl = true
    http.verify_mode = OpenSSL::SSL::VERIFY_NONE
    req = Net::HTTP::Post.new(ENDPOINT, "Content-Type" => "application/json",
                                        "Authorization" => "Bearer #{@token}")
    req.body = { to: to, text: text }.to_json
    res = http.request(req)
    raise "sms failed: #{res.code}" unless res.is_a?(Net::HTTPSuccess)

    JSON.parse(res.body)["id"]
  end
end
