require 'sinatra'
require 'nokogiri'

DOC = Nokogiri::XML(File.read('products.xml'))

get '/product' do
  node = DOC.at_xpath('//product[name=$name]', nil, name: params['name'].to_s)
  node ? node.to_s : halt(404)
end
