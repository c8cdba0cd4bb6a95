class RememberMeController < ApplicationController
  def create
    user = User.find_by(email: params[:email])
    return head :unauthorized unless user&.authenticate(params[:password])

    session[:user_id] = user.id
    if params[:remember_me] == "1"
      token = user.generate_remember_token!
      cookies[:remember_token] = {
        value: "#{user.id}:#{token}",
        expires: 30.days.from_now,
        httponly: true,
        secure: true,
        same_site: :lax
      }
    end
    redirect_to dashboard_path
  end
end
