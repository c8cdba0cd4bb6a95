class SettingsImportsController < ApplicationController
  def create
    settings = YAML.safe_load(params[:file].read, permitted_classes: [], aliases: false)
    current_user.update!(settings: settings)
    head :ok
  end
end
