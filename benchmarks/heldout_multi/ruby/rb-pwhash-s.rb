require 'sinatra'
require 'bcrypt'
require 'sequel'

DB = Sequel.sqlite('app.db')

post '/signup' do
  DB[:users].insert(email: params['email'], password_digest: BCrypt::Password.create(params['password']))
  'ok'
end
