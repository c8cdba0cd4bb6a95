require 'sinatra'
require 'net/http'

get '/title' do
  body = Net::HTTP.get(URI(params['url']))
  body[%r{<title>(.*?)</title>}m, 1].to_s
end
