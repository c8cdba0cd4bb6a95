require "base64"
require "json"
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

    JSON.parse(Base64.urlsafe_decode64(raw))
  rescue ArgumentError, JSON::ParserError
    { "theme" => "light" }
  end
end
