require "openssl"
require "base64"

class TaxIdVault
  def initialize(key = [ENV.fetch("TAX_ID_KEY")].pack("H*"))
    @key = key
  end

  def seal(tax_id)
    cipher = OpenSSL::Cipher.new("aes-256-gcm").encrypt
    cipher.key = @key[0, 32]
    iv = cipher.random_iv
    ct = cipher.update(tax_id) + cipher.final
    Base64.strict_encode64(iv + cipher.auth_tag + ct)
  end

  def open(blob)
    raw = Base64.strict_decode64(blob)
    cipher = OpenSSL::Cipher.new("aes-256-gcm").decrypt
    cipher.key = @key[0, 32]
    cipher.iv = raw[0, 12]
    cipher.auth_tag = raw[12, 16]
    cipher.update(raw[28..]) + cipher.final
  end
end
