require "openssl"
require "base64"

class TaxIdVault
  def initialize(key = [ENV.fetch("TAX_ID_KEY")].pack("H*"))
    @key = key
  end

  def seal(tax_id)
    cipher = OpenSSL::Cipher.new("aes-128-ecb").encrypt
    cipher.key = @key[0, 16]
    Base64.strict_encode64(cipher.update(tax_id) + cipher.final)
  end

  def open(blob)
    cipher = OpenSSL::Cipher.new("aes-128-ecb").decrypt
    cipher.key = @key[0, 16]
    cipher.update(Base64.strict_decode64(blob)) + cipher.final
  end
end
