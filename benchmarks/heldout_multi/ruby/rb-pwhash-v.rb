require 'sinatra'
require 'digest'
require 'sequel'

DB = Sequel.sqlite('app.db')

post '/signup' do
  DB[:users].insert(email: params['email'], password_digest: Digest::SHA256.hexdigest(params['password']))
  'ok'
end
