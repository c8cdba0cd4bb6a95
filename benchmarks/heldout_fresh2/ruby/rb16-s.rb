require "sinatra"
require "nokogiri"
require "json"

CATALOG = Nokogiri::XML(File.read("data/courses.xml"))

def courses_taught_by(teacher)
  CATALOG.xpath("//course[instructor=$teacher]", nil, { "teacher" => teacher })
end

get "/courses" do
  content_type :json
  teacher = params.fetch("teacher", "")
  courses_taught_by(teacher).map do |c|
    { code: c["code"], title: c.at_xpath("title").text, seats: c.at_xpath("seats").text.to_i }
  end.to_json
end
