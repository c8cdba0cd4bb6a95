require "sinatra"
require "net/http"
require "json"

class Unfurler
  ALLOWED = %w[github.com gitlab.com docs.ruby-lang.org].freeze

  def initialize(url)
    @uri = URI.parse(url)
    raise ArgumentError, "host not allowed" unless @uri.is_a?(URI::HTTPS) && ALLOWED.include?(@uri.host)
  end

  def title
    body = Net::HTTP.get(@uri)
    body[%r{<title>(.*?)</title>}im, 1].to_s.strip
  end
end

post "/unfurl" do
  content_type :json
  link = JSON.parse(request.body.read).fetch("url")
  { url: link, title: Unfurler.new(link).title }.to_json
rescue ArgumentError, URI::InvalidURIError
  halt 400, { error: "link not allowed" }.to_json
end
