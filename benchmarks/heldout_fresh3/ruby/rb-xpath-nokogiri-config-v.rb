require "sinatra"
require "nokogiri"

REGISTRY = Nokogiri::XML(File.read("/etc/app/clients.xml"))

def client_for(name, key)
  REGISTRY.at_xpath("//client[@name='#{name}' and @key='#{key}']")
end

get "/api/quota" do
  client = client_for(request.env["HTTP_X_CLIENT"].to_s, request.env["HTTP_X_KEY"].to_s)
  halt 401 unless client
  content_type :json
  { client: client["name"], quota: client["quota"].to_i }.to_json
end
