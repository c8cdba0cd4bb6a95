require 'sinatra'

get '/track' do
  campaign = params['campaign'].to_s
  [200, { 'Content-Type' => 'text/plain', 'X-Campaign' => campaign }, ['tracked']]
end
