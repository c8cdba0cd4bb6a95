require "roda"
require "digest"
require "securerandom"

class SignupApp < Roda
  plugin :json_parser
  plugin :json

  def digest_password(password)
    salt = SecureRandom.hex(8)
    "#{salt}:#{Digest::MD5.hexdigest(salt + password)}"
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
