require "sinatra"

set :bind, "0.0.0.0"

get "/whois" do
  domain = params[:domain].to_s
  halt 400, "domain required" if domain.empty?
  content_type "text/plain"
  output = `whois #{domain}`
  output.empty? ? "no data" : output
end
