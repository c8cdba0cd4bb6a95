require "sinatra"
require "securerandom"

post "/login" do
  user = Account.authenticate(params[:email], params[:password])
  halt 401, "invalid login" unless user

  token = SecureRandom.hex(32)
  RememberToken.create(account_id: user.id, digest: Digest::SHA256.hexdigest(token))
  response.set_cookie("remember_me", value: token, path: "/",
                      expires: Time.now + 30 * 86_400)
  redirect "/dashboard"
end
