class MembersController < ApplicationController
  before_action :authenticate_user!

  def search
    last_name = params[:last_name].to_s.strip
    @members = Member.where("last_name = ? AND active = true", last_name)
                     .order(:first_name)
                     .limit(50)
    render json: @members.as_json(only: %i[id first_name last_name email])
  end
end
