require "sinatra"
require "logger"

AUDIT = Logger.new("/var/log/shop/audit.log")
AUDIT.formatter = proc { |sev, time, _prog, msg| "#{time.utc.iso8601} #{sev} #{msg}\n" }

post "/coupons/redeem" do
  code = params.fetch("code", "")
  ok = Coupon.redeem(code, session[:user_id])
  AUDIT.info("coupon=#{code} user=#{session[:user_id]} ok=#{ok}")
  ok ? "applied" : halt(422, "invalid coupon")
end
