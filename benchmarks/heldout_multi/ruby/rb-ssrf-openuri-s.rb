require 'open-uri'

class AvatarsController < ApplicationController
  AVATAR_HOSTS = %w[secure.gravatar.com avatars.githubusercontent.com].freeze

  def create
    uri = URI.parse(params[:avatar_url])
    return head(:bad_request) unless uri.is_a?(URI::HTTPS) && AVATAR_HOSTS.include?(uri.host)
    data = uri.open.read
    current_user.avatar.attach(io: StringIO.new(data), filename: 'avatar.png')
    head :created
  end
end
