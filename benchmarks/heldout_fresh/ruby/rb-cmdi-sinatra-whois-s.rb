require "sinatra"
require "open3"

set :bind, "0.0.0.0"

get "/whois" do
  domain = params[:domain].to_s
  halt 400, "invalid domain" unless domain.match?(/\A[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9-]+)+\z/i)
  content_type "text/plain"
  output, _status = Open3.capture2("whois", domain)
  output.empty? ? "no data" : output
end
