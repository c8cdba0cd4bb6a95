require "net/http"

class AvatarsController < ApplicationController
  before_action :authenticate_user!

  def import
    uri = URI.parse(params.require(:image_url))
    response = Net::HTTP.get_response(uri)
    unless response.is_a?(Net::HTTPSuccess) && response.content_type.to_s.start_with?("image/")
      return render json: { error: "could not fetch image" }, status: :unprocessable_entity
    end
    current_user.avatar.attach(io: StringIO.new(response.body), filename: "avatar", content_type: response.content_type)
    render json: { ok: true }
  end
end
