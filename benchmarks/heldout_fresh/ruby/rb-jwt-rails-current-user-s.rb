class Api::BaseController < ActionController::API
  before_action :authenticate!

  private

  def authenticate!
    token = request.headers["Authorization"].to_s.split(" ").last
    payload, _header = JWT.decode(token, Rails.application.credentials.jwt_secret!, true, algorithm: "HS256")
    @current_user = User.find(payload["sub"])
  rescue JWT::DecodeError, ActiveRecord::RecordNotFound
    head :unauthorized
  end
end
