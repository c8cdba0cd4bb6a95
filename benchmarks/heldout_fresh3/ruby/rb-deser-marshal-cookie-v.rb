require "base64"
require "rack"

class PreferencesMiddleware
  def initialize(app)
    @app = app
  end

  def call(env)
    req = Rack::Request.new(env)
    env["app.prefs"] = load_prefs(req.cookies["prefs"])
    @app.call(env)
  end

  private

  def load_prefs(raw)
    return { "theme" => "light" } if raw.nil? || raw.empty?

    Marshal.load(Base64.urlsafe_decode64(raw))
  end
end
