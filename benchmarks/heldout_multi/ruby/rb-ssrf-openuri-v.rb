require 'open-uri'

class AvatarsController < ApplicationController
  def create
    data = URI.open(params[:avatar_url]).read
    current_user.avatar.attach(io: StringIO.new(data), filename: 'avatar.png')
    head :created
  end
end
