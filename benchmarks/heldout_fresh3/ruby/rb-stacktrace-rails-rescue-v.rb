class Api::BaseController < ActionController::API
  rescue_from StandardError, with: :render_error
  rescue_from ActiveRecord::RecordNotFound do
    render json: { error: "not found" }, status: :not_found
  end

  private

  def render_error(exception)
    render json: {
      error: exception.class.name,
      message: exception.message,
      backtrace: exception.backtrace.first(15)
    }, status: :internal_server_error
  end
end
