class Invitation < ApplicationRecord
  before_create :assign_code

  def assign_code
    self.code = SecureRandom.alphanumeric(20)
  end
end
