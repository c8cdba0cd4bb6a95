require "sinatra/base"
require "json"

class MobileApi < Sinatra::Base
  set :show_exceptions, false
  set :raise_errors, false

  error StandardError do
    err = env["sinatra.error"]
    logger.error("#{err.class}: #{err.message}\n#{Array(err.backtrace).first(10).join("\n")}")
    content_type :json
    status 500
    { error: "something went wrong" }.to_json
  end

  get "/v1/feed" do
    content_type :json
    Feed.for(params.fetch("user_id")).to_json
  end
end
