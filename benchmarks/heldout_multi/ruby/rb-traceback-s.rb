class Api::BaseController < ActionController::API
  rescue_from StandardError do |e|
    Rails.logger.error([e.message, *e.backtrace].join("\n"))
    render json: { error: 'internal error' }, status: :internal_server_error
  end
end
