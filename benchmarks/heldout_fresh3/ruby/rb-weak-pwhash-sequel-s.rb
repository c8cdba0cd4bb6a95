require "roda"
require "bcrypt"
require "securerandom"

class SignupApp < Roda
  plugin :json_parser
  plugin :json

  def digest_password(password)
    BCrypt::Password.create(password, cost: 12).to_s
  end

  route do |r|
    r.post "signup" do
      body = r.POST
      account = Account.create(email: body["email"].to_s.downcase,
                               password_digest: digest_password(body["password"].to_s))
      response.status = 201
      { id: account.id }
    end
  end
end
