require "sequel"
require "bcrypt"

class Member < Sequel::Model(:members)
  def password=(plain)
    self.password_digest = BCrypt::Password.create(plain, cost: 12)
  end

  def password_matches?(plain)
    BCrypt::Password.new(password_digest) == plain
  end

  def self.register(email:, password:)
    member = new(email: email.strip.downcase)
    member.password = password
    member.save
  end
end
