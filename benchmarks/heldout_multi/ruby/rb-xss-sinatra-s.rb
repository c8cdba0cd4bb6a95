require 'sinatra'
require 'rack/utils'

get '/hello' do
  "<h1>Hello #{Rack::Utils.escape_html(params['name'])}</h1>"
end
