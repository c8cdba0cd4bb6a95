require "sinatra"
require "net/http"
require "json"

class Unfurler
  def initialize(url)
    @uri = URI.parse(url)
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
end
