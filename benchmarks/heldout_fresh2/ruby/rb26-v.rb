require "sinatra/base"
require "json"

class ReportsApi < Sinatra::Base
  set :show_exceptions, false
  set :raise_errors, false

  get "/reports/:id" do
    content_type :json
    report = ReportBuilder.new(params["id"]).build
    report.to_json
  end

  error do
    err = env["sinatra.error"]
    status 500
    content_type :json
    { error: err.class.name, message: err.message, backtrace: err.backtrace }.to_json
  end
end
