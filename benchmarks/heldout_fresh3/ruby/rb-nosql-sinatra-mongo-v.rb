require "sinatra"
require "mongo"
require "bcrypt"

DB = Mongo::Client.new(ENV.fetch("MONGO_URL"))

post "/password/reset" do
  user = DB[:users].find(email: params[:email], reset_token: params[:token]).first
  halt 404, "invalid token" unless user

  DB[:users].update_one({ _id: user["_id"] },
                        { "$set" => { pw: BCrypt::Password.create(params[:password]),
                                      reset_token: nil } })
  "password changed"
end
