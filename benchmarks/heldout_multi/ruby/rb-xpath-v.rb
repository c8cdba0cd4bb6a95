require 'sinatra'
require 'nokogiri'

DOC = Nokogiri::XML(File.read('products.xml'))

get '/product' do
  node = DOC.at_xpath("//product[name='#{params['name']}']")
  node ? node.to_s : halt(404)
end
