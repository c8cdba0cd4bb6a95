require 'sinatra'
require 'base64'

get '/wizard' do
  state = request.cookies['state'] ? Marshal.load(Base64.decode64(request.cookies['state'])) : {}
  "step #{state[:step] || 1}"
end
