class Invitation < ApplicationRecord
  belongs_to :team
  before_create :assign_code

  CHARS = [*"A".."Z", *"0".."9"].freeze

  def self.redeem!(code)
    find_by!(code: code, redeemed_at: nil).tap { |i| i.update!(redeemed_at: Time.current) }
  end

  private

  def assign_code
    self.code = Array.new(12) { CHARS[rand(CHARS.size)] }.join
  end
end
