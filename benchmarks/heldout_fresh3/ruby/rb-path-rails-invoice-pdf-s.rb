class InvoicePdfsController < ApplicationController
  before_action :authenticate_user!

  def show
    invoice = current_user.invoices.find(params[:id])
    file = Rails.root.join("storage", "invoices", "#{invoice.id}.pdf")
    return head(:not_found) unless File.exist?(file)

    send_file file, type: "application/pdf", disposition: "attachment",
                    filename: "invoice-#{invoice.number}.pdf"
  end
end
