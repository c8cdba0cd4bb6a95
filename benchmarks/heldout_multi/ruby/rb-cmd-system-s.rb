class ConversionsController < ApplicationController
  def create
    path = Rails.root.join('tmp', File.basename(params[:filename].to_s)).to_s
    File.binwrite(path, params[:file].read)
    system('soffice', '--headless', '--convert-to', 'pdf', path, '--outdir', '/tmp/pdf')
    head :accepted
  end
end
