require "securerandom"

class ApiKeysController < ApplicationController
  before_action :authenticate_user!

  CHARSET = [*"a".."z", *"A".."Z", *"0".."9"].freeze

  def create
    raw_key = "sk_live_" + Array.new(40) { CHARSET[SecureRandom.random_number(CHARSET.size)] }.join
    key = current_user.api_keys.create!(
      name: params.require(:name),
      prefix: raw_key[0, 12],
      digest: Digest::SHA256.hexdigest(raw_key)
    )
    render json: { id: key.id, api_key: raw_key }, status: :created
  end
end
