class ConversionsController < ApplicationController
  def create
    path = Rails.root.join('tmp', params[:filename]).to_s
    File.binwrite(path, params[:file].read)
    system("soffice --headless --convert-to pdf #{path} --outdir /tmp/pdf")
    head :accepted
  end
end
