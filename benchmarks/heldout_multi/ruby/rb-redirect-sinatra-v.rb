require 'sinatra'

get '/continue' do
  redirect params['next']
end
