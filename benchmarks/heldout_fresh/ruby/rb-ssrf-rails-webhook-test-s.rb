require "net/http"

class WebhooksController < ApplicationController
  ALLOWED_HOSTS = %w[hooks.slack.com discord.com hooks.zapier.com].freeze

  def test
    uri = URI.parse(params[:url])
    unless uri.is_a?(URI::HTTPS) && ALLOWED_HOSTS.include?(uri.host) && uri.port == 443 && uri.userinfo.nil?
      return render json: { error: "host not allowed" }, status: :unprocessable_entity
    end
    response = Net::HTTP.post(uri, { event: "ping" }.to_json, "Content-Type" => "application/json")
    render json: { status: response.code, body: response.body.to_s[0, 500] }
  rescue StandardError => e
    render json: { error: e.message }, status: :bad_gateway
  end
end
