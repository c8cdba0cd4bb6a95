class SitemapsController < ApplicationController
  def create
    doc = Nokogiri::XML(params[:file].read) { |config| config.noent.dtdload }
    render json: { urls: doc.xpath('//xmlns:loc').map(&:text) }
  end
end
