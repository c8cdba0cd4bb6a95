require "grape"
require "jwt"

class AuthAPI < Grape::API
  format :json

  SIGNING_KEY = "k9$Qz!7vR2#mW8pL4tY6uN1bX3cE5dF0"

  params do
    requires :email, type: String
    requires :password, type: String
  end
  post "/token" do
    user = User.find_by(email: params[:email])
    error!("invalid credentials", 401) unless user&.authenticate(params[:password])

    payload = { sub: user.id, exp: Time.now.to_i + 900 }
    { access_token: JWT.encode(payload, SIGNING_KEY, "HS256") }
  end
end
