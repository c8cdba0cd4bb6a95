class Api::BaseController < ActionController::API
  rescue_from StandardError do |e|
    render json: { error: e.message, backtrace: e.backtrace }, status: :internal_server_error
  end
end
