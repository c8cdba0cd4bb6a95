class SessionsController < ApplicationController
  def create
    user = User.find_by(email: params[:email].to_s.downcase)
    unless user&.authenticate(params[:password])
      flash.now[:alert] = "Invalid email or password"
      return render :new, status: :unprocessable_entity
    end

    reset_session
    session[:user_id] = user.id
    redirect_to local_path(params[:return_to]) || root_path
  end

  private

  def local_path(raw)
    uri = URI.parse(raw.to_s)
    return nil if uri.scheme || uri.host || !uri.path.start_with?("/") || uri.path.start_with?("//")

    uri.path
  rescue URI::InvalidURIError
    nil
  end
end
