require "sinatra"
require "logger"

AUDIT = Logger.new("log/audit.log")
AUDIT.formatter = proc { |sev, time, _prog, msg| "#{time.utc.iso8601} #{sev} #{msg}\n" }

post "/documents/:id/share" do
  recipient = params["recipient"].to_s
  note = params["note"].to_s
  AUDIT.info("document=#{params['id']} shared_with=#{recipient} note=#{note} by=#{request.ip}")
  # ShareService.call(params['id'], recipient, note)
  status 202
  "shared"
end
