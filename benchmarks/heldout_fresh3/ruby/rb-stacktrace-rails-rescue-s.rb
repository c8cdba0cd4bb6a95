class Api::BaseController < ActionController::API
  rescue_from StandardError, with: :render_error
  rescue_from ActiveRecord::RecordNotFound do
    render json: { error: "not found" }, status: :not_found
  end

  private

  def render_error(exception)
    Rails.logger.error([exception.class.name, exception.message,
                        *exception.backtrace.first(15)].join("\n"))
    render json: { error: "internal error", request_id: request.request_id },
           status: :internal_server_error
  end
end
