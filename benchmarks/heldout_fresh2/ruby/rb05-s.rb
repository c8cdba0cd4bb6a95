class ExportsController < ApplicationController
  before_action :authenticate_user!

  EXPORT_DIR = Rails.root.join("storage", "exports")

  def show
    user_dir = File.expand_path(EXPORT_DIR.join(current_user.id.to_s))
    path = File.expand_path(params[:filename].to_s, user_dir)
    unless path.start_with?(user_dir + File::SEPARATOR) && File.file?(path)
      head :not_found
      return
    end
    send_file path, type: "text/csv", disposition: "attachment"
  end
end
