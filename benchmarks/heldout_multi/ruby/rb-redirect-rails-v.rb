class SessionsController < ApplicationController
  def create
    user = User.authenticate(params[:email], params[:password])
    return render(:new, status: :unauthorized) unless user
    session[:user_id] = user.id
    redirect_to params[:return_to] || root_path, allow_other_host: true
  end
end
