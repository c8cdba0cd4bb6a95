require "sinatra"

INTERNAL_KEY = ENV.fetch("INTERNAL_API_KEY")

before "/internal/*" do
  supplied = request.env["HTTP_X_API_KEY"].to_s
  halt 401, "unauthorized" unless supplied == INTERNAL_KEY
end

get "/internal/metrics" do
  content_type :json
  { queue_depth: Jobs.pending.count, workers: Jobs.workers }.to_json
end
