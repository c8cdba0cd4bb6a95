class ReportsController < ApplicationController
  REPORT_DIR = Rails.root.join("storage", "reports")

  def download
    path = REPORT_DIR.join(File.basename(params[:name].to_s)).expand_path
    if path.to_s.start_with?("#{REPORT_DIR}/") && File.file?(path)
      send_file path, type: "text/csv", disposition: "attachment"
    else
      head :not_found
    end
  end
end
