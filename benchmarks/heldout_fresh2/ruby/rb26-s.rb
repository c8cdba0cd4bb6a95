require "sinatra/base"
require "json"
require "securerandom"

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
    incident = SecureRandom.uuid
    logger.error("#{incident} #{err.class}: #{err.message}\n#{err.backtrace&.join("\n")}")
    status 500
    content_type :json
    { error: "internal error", incident: incident }.to_json
  end
end
