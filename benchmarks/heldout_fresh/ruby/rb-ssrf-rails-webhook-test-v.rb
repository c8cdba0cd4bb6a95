require "net/http"

class WebhooksController < ApplicationController
  def test
    uri = URI.parse(params[:url])
    response = Net::HTTP.post(uri, { event: "ping" }.to_json, "Content-Type" => "application/json")
    render json: { status: response.code, body: response.body.to_s[0, 500] }
  rescue StandardError => e
    render json: { error: e.message }, status: :bad_gateway
  end
end
