class DownloadsController < ApplicationController
  def show
    send_file Rails.root.join('storage', 'reports', params[:name])
  end
end
