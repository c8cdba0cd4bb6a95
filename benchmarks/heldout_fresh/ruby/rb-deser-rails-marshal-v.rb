require "base64"

module DisplayPreferences
  extend ActiveSupport::Concern

  included do
    before_action :load_preferences
  end

  def load_preferences
    raw = cookies[:prefs]
    @prefs = raw ? Marshal.load(Base64.urlsafe_decode64(raw)) : { theme: "light", per_page: 25 }
  end

  def save_preferences(prefs)
    cookies[:prefs] = Base64.urlsafe_encode64(Marshal.dump(prefs))
  end
end
