require "sinatra"
require "mongo"
require "bcrypt"

DB = Mongo::Client.new(ENV.fetch("MONGO_URL"))

post "/password/reset" do
  email, token = params[:email], params[:token]
  halt 400 unless email.is_a?(String) && token.is_a?(String) && !token.empty?
  user = DB[:users].find(email: email, reset_token: token).first
  halt 404, "invalid token" unless user

  DB[:users].update_one({ _id: user["_id"] },
                        { "$set" => { pw: BCrypt::Password.create(params[:password]),
                                      reset_token: nil } })
  "password changed"
end
