require "net/http"

class AvatarsController < ApplicationController
  before_action :authenticate_user!

  ALLOWED_HOSTS = %w[secure.gravatar.com avatars.githubusercontent.com].freeze

  def import
    uri = URI.parse(params.require(:image_url))
    unless uri.is_a?(URI::HTTPS) && ALLOWED_HOSTS.include?(uri.host) && uri.port == 443
      return render json: { error: "host not allowed" }, status: :unprocessable_entity
    end
    response = Net::HTTP.get_response(uri)
    unless response.is_a?(Net::HTTPSuccess) && response.content_type.to_s.start_with?("image/")
      return render json: { error: "could not fetch image" }, status: :unprocessable_entity
    end
    current_user.avatar.attach(io: StringIO.new(response.body), filename: "avatar", content_type: response.content_type)
    render json: { ok: true }
  end
end
