require "openssl"
require "base64"

# Encrypts OAuth refresh tokens before they are stored in the integrations table.
class TokenVault
  def initialize(key = ENV.fetch("TOKEN_VAULT_KEY"))
    @key = [key].pack("H*")
  end

  def seal(plaintext)
    cipher = OpenSSL::Cipher.new("aes-256-gcm").encrypt
    cipher.key = @key
    iv = cipher.random_iv
    body = cipher.update(plaintext) + cipher.final
    Base64.strict_encode64(iv + cipher.auth_tag + body)
  end

  def open(sealed)
    raw = Base64.strict_decode64(sealed)
    cipher = OpenSSL::Cipher.new("aes-256-gcm").decrypt
    cipher.key = @key
    cipher.iv = raw[0, 12]
    cipher.auth_tag = raw[12, 16]
    cipher.update(raw[28..]) + cipher.final
  end
end
