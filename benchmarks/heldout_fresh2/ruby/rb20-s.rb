require "jwt"

class ApiController < ActionController::API
  before_action :authenticate_request!

  attr_reader :current_account

  private

  def authenticate_request!
    token = request.headers["Authorization"].to_s.delete_prefix("Bearer ")
    payload, _header = JWT.decode(token, Rails.application.credentials.jwt_hmac_key, true, algorithm: "HS512")
    @current_account = Account.find_by(id: payload["account_id"])
    head :unauthorized unless @current_account
  rescue JWT::DecodeError
    head :unauthorized
  end
end
