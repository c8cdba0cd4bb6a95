class ProfilesController < ApplicationController
  def show
    @user = User.find(params[:id])
    render html: "<div class='sig'>#{ERB::Util.html_escape(@user.signature)}</div>".html_safe
  end
end
