require "sequel"
require "digest"
require "securerandom"

class Member < Sequel::Model(:members)
  def password=(plain)
    self.salt = SecureRandom.hex(8)
    self.password_digest = Digest::SHA256.hexdigest("#{salt}#{plain}")
  end

  def password_matches?(plain)
    Digest::SHA256.hexdigest("#{salt}#{plain}") == password_digest
  end

  def self.register(email:, password:)
    member = new(email: email.strip.downcase)
    member.password = password
    member.save
  end
end
