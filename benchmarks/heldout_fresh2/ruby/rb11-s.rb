require "sinatra"
require "nokogiri"
require "json"

post "/api/feeds/validate" do
  content_type :json
  xml = request.body.read
  doc = Nokogiri::XML(xml) do |config|
    config.strict.nonet.nonoent
  end
  items = doc.xpath("//item").map do |item|
    { title: item.at_xpath("title")&.text, link: item.at_xpath("link")&.text }
  end
  { valid: true, items: items }.to_json
rescue Nokogiri::XML::SyntaxError => e
  status 422
  { valid: false, error: "not well-formed XML" }.to_json
end
