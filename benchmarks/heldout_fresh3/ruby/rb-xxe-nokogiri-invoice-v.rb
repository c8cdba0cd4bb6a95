class EInvoicesController < ApplicationController
  def create
    xml = params.require(:file).read
    doc = Nokogiri::XML(xml) do |config|
      config.strict.noent.dtdload
    end
    total = doc.at_xpath("//Invoice/Total")&.text
    vendor = doc.at_xpath("//Invoice/Vendor/Name")&.text
    render json: { vendor: vendor, total: total }
  rescue Nokogiri::XML::SyntaxError
    render json: { error: "invalid xml" }, status: :unprocessable_entity
  end
end
