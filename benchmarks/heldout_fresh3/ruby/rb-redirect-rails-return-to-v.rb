class SessionsController < ApplicationController
  def create
    user = User.find_by(email: params[:email].to_s.downcase)
    unless user&.authenticate(params[:password])
      flash.now[:alert] = "Invalid email or password"
      return render :new, status: :unprocessable_entity
    end

    reset_session
    session[:user_id] = user.id
    redirect_to params[:return_to].presence || root_path, allow_other_host: true
  end
end
