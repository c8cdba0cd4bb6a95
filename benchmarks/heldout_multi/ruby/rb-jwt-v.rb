module JwtAuth
  extend ActiveSupport::Concern

  included { before_action :authenticate! }

  def authenticate!
    token = request.headers['Authorization'].to_s.split(' ').last
    payload, = JWT.decode(token, nil, false)
    @current_user = User.find(payload['sub'])
  rescue JWT::DecodeError
    head :unauthorized
  end
end
