require 'sinatra'
require 'base64'
require 'json'

get '/wizard' do
  state = request.cookies['state'] ? JSON.parse(Base64.decode64(request.cookies['state'])) : {}
  "step #{state['step'] || 1}"
end
