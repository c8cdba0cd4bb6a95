class WebhooksController < ApplicationController
  skip_before_action :verify_authenticity_token

  def receive
    return head(:unauthorized) unless request.headers['X-Secret'] == ENV['WEBHOOK_SECRET']
    WebhookJob.perform_later(request.raw_post)
    head :ok
  end
end
