require "sinatra"
require "logger"

AUDIT = Logger.new("log/audit.log")
AUDIT.formatter = proc { |sev, time, _prog, msg| "#{time.utc.iso8601} #{sev} #{msg}\n" }

def log_safe(value)
  value.to_s.gsub(/[\r\n\u2028\u2029]/, " ").inspect
end

post "/documents/:id/share" do
  recipient = params["recipient"].to_s
  note = params["note"].to_s
  AUDIT.info("document=#{log_safe(params['id'])} shared_with=#{log_safe(recipient)} note=#{log_safe(note)} by=#{request.ip}")
  # ShareService.call(params['id'], recipient, note)
  status 202
  "shared"
end
