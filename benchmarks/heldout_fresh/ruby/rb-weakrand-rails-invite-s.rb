class Invitation < ApplicationRecord
  belongs_to :team
  before_create :assign_token

  validates :email, presence: true

  private

  def assign_token
    self.token = SecureRandom.alphanumeric(24)
    self.expires_at = 7.days.from_now
  end
end
