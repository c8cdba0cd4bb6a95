require "json"

module DisplayPreferences
  extend ActiveSupport::Concern

  included do
    before_action :load_preferences
  end

  def load_preferences
    raw = cookies[:prefs]
    @prefs = raw ? JSON.parse(raw, symbolize_names: true) : { theme: "light", per_page: 25 }
  rescue JSON::ParserError
    @prefs = { theme: "light", per_page: 25 }
  end

  def save_preferences(prefs)
    cookies[:prefs] = prefs.to_json
  end
end
