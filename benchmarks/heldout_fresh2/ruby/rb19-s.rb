class ImpersonationsController < ApplicationController
  before_action :authenticate_user!

  # Lets support staff view the app as a customer.
  def create
    session[:support_agent] = current_user.has_role?(:support)
    if session[:support_agent]
      session[:impersonated_user_id] = params.require(:user_id)
    end
    redirect_to root_path
  end

  def destroy
    session.delete(:impersonated_user_id)
    session.delete(:support_agent)
    redirect_to root_path
  end
end
