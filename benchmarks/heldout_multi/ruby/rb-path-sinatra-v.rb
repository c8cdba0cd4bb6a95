require 'sinatra'

get '/docs/:page' do
  File.read(File.join('docs', params['page'] + '.md'))
end
