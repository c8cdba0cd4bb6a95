require 'sinatra'
require 'net/http'

ALLOWED = %w[www.example.com blog.example.com].freeze

get '/title' do
  uri = URI(params['url'])
  halt 400 unless uri.scheme == 'https' && ALLOWED.include?(uri.host)
  body = Net::HTTP.get(uri)
  body[%r{<title>(.*?)</title>}m, 1].to_s
end
