class DownloadsController < ApplicationController
  REPORTS = Rails.root.join('storage', 'reports').to_s

  def show
    path = File.expand_path(params[:name].to_s, REPORTS)
    return head(:not_found) unless path.start_with?(REPORTS + File::SEPARATOR)
    send_file path
  end
end
