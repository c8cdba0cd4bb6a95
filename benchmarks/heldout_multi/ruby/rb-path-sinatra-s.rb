require 'sinatra'

get '/docs/:page' do
  page = File.basename(params['page'])
  File.read(File.join('docs', page + '.md'))
end
