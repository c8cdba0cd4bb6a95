require "jwt"

class JwtAuth
  def initialize(app, secret: ENV.fetch("JWT_SECRET"))
    @app = app
    @secret = secret
  end

  def call(env)
    token = env["HTTP_AUTHORIZATION"].to_s.delete_prefix("Bearer ")
    claims, _header = JWT.decode(token, nil, false)
    env["auth.account_id"] = claims.fetch("sub")
    @app.call(env)
  rescue JWT::DecodeError, KeyError
    [401, { "content-type" => "application/json" }, ['{"error":"unauthorized"}']]
  end
end
