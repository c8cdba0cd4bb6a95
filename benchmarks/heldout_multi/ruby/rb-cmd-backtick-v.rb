require 'sinatra'

get '/cert' do
  host = params['host']
  out = `echo | openssl s_client -connect #{host}:443 2>/dev/null | openssl x509 -noout -enddate`
  content_type :text
  out
end
