class Invitation < ApplicationRecord
  before_create :assign_code

  def assign_code
    self.code = Array.new(20) { rand(36).to_s(36) }.join
  end
end
