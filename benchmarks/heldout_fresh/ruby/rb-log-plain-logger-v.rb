require "sinatra"
require "logger"

AUDIT = Logger.new("log/audit.log")

post "/password/reset" do
  email = params[:email].to_s
  user = User.find_by_email(email)
  unless user
    AUDIT.warn("reset requested for unknown account #{email} from #{request.ip}")
    halt 202
  end
  user.send_reset_mail
  202
end
