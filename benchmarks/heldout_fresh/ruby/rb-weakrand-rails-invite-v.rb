class Invitation < ApplicationRecord
  belongs_to :team
  before_create :assign_token

  validates :email, presence: true

  private

  def assign_token
    self.token = Array.new(24) { [*"a".."z", *"0".."9"].sample }.join
    self.expires_at = 7.days.from_now
  end
end
