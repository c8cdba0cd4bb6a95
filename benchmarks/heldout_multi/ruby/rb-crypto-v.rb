require 'openssl'

module CredentialBox
  def self.seal(plain, key)
    cipher = OpenSSL::Cipher.new('des-ede3')
    cipher.encrypt
    cipher.key = key
    cipher.update(plain) + cipher.final
  end
end
