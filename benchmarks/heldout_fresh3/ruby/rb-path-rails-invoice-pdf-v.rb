class InvoicePdfsController < ApplicationController
  before_action :authenticate_user!

  def show
    file = Rails.root.join("storage", "invoices", params[:file])
    return head(:not_found) unless File.exist?(file)

    send_file file, type: "application/pdf", disposition: "attachment"
  end
end
