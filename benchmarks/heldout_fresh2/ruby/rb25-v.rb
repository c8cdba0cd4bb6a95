require "openssl"
require "base64"

# Encrypts OAuth refresh tokens before they are stored in the integrations table.
class TokenVault
  def initialize(key = ENV.fetch("TOKEN_VAULT_KEY"))
    @key = [key].pack("H*")
  end

  def seal(plaintext)
    cipher = OpenSSL::Cipher.new("bf-cbc").encrypt
    cipher.key = @key
    iv = cipher.random_iv
    Base64.strict_encode64(iv + cipher.update(plaintext) + cipher.final)
  end

  def open(sealed)
    raw = Base64.strict_decode64(sealed)
    cipher = OpenSSL::Cipher.new("bf-cbc").decrypt
    cipher.key = @key
    cipher.iv = raw[0, 8]
    cipher.update(raw[8..]) + cipher.final
  end
end
