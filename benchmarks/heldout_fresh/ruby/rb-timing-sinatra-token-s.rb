require "sinatra"
require "json"
require "rack/utils"

METRICS_TOKEN = ENV.fetch("METRICS_TOKEN")

before "/metrics" do
  given = request.env["HTTP_AUTHORIZATION"].to_s.sub(/\ABearer /, "")
  halt 401 unless Rack::Utils.secure_compare(given, METRICS_TOKEN)
end

get "/metrics" do
  content_type :json
  { jobs_pending: 12, jobs_failed: 0 }.to_json
end
