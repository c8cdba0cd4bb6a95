require 'openssl'

module CredentialBox
  def self.seal(plain, key)
    cipher = OpenSSL::Cipher.new('aes-256-gcm')
    cipher.encrypt
    cipher.key = key
    iv = cipher.random_iv
    body = cipher.update(plain) + cipher.final
    iv + cipher.auth_tag + body
  end
end
