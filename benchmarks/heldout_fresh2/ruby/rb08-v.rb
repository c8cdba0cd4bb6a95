require "base64"

class WizardController < ApplicationController
  # Multi-step signup wizard; progress is kept client side between steps.
  def step
    state = load_state
    state[:answers][params[:step].to_i] = params[:answer].to_s
    cookies[:wizard] = Base64.strict_encode64(Marshal.dump(state))
    render json: { next_step: params[:step].to_i + 1, answered: state[:answers].compact.size }
  end

  private

  def load_state
    raw = cookies[:wizard]
    return { answers: [] } if raw.blank?
    Marshal.load(Base64.strict_decode64(raw))
  end
end
