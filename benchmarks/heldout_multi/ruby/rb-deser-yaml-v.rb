class SettingsImportsController < ApplicationController
  def create
    settings = YAML.unsafe_load(params[:file].read)
    current_user.update!(settings: settings)
    head :ok
  end
end
