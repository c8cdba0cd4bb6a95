class SessionsController < ApplicationController
  TRUSTED_HOSTS = %w[app.example.com help.example.com].freeze

  def create
    user = User.find_by(email: params[:email].to_s.downcase)
    if user&.authenticate(params[:password])
      reset_session
      session[:user_id] = user.id
      redirect_to safe_return_to(params[:return_to]), allow_other_host: true
    else
      flash.now[:alert] = "Invalid email or password"
      render :new, status: :unprocessable_entity
    end
  end

  private

  def safe_return_to(value)
    uri = URI.parse(value.to_s)
    return value if uri.is_a?(URI::HTTPS) && TRUSTED_HOSTS.include?(uri.host)
    root_path
  rescue URI::InvalidURIError
    root_path
  end
end
