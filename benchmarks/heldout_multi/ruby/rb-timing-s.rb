class WebhooksController < ApplicationController
  skip_before_action :verify_authenticity_token

  def receive
    given = request.headers['X-Secret'].to_s
    return head(:unauthorized) unless ActiveSupport::SecurityUtils.secure_compare(given, ENV['WEBHOOK_SECRET'].to_s)
    WebhookJob.perform_later(request.raw_post)
    head :ok
  end
end
