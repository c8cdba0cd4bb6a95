class ReportsController < ApplicationController
  REPORT_DIR = Rails.root.join("storage", "reports")

  def download
    path = REPORT_DIR.join(params[:name])
    if File.file?(path)
      send_file path, type: "text/csv", disposition: "attachment"
    else
      head :not_found
    end
  end
end
