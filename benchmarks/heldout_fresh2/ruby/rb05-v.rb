class ExportsController < ApplicationController
  before_action :authenticate_user!

  EXPORT_DIR = Rails.root.join("storage", "exports")

  def show
    path = EXPORT_DIR.join(current_user.id.to_s, params[:filename])
    unless File.file?(path)
      head :not_found
      return
    end
    send_file path, type: "text/csv", disposition: "attachment"
  end
end
