require "nokogiri"

class ContactImporter
  def initialize(upload)
    @upload = upload
  end

  def call
    doc = Nokogiri::XML(@upload.read) do |config|
      config.strict.noent.dtdload
    end
    doc.xpath("//contact").map do |node|
      Contact.create!(name: node.at("name")&.text, email: node.at("email")&.text)
    end
  end
end
