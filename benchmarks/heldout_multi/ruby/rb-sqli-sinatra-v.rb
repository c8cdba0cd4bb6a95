require 'sinatra'
require 'sqlite3'
require 'json'

DB = SQLite3::Database.new('shop.db')

get '/orders' do
  user = params['user']
  rows = DB.execute("SELECT id, total FROM orders WHERE user_name = '#{user}'")
  rows.to_json
end
