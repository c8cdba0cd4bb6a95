class CouponsController < ApplicationController
  def apply
    coupon = Coupon.find_by(code: params[:code])
    unless coupon
      Rails.logger.warn("unknown coupon: #{params[:code].to_s.inspect}")
      return head(:not_found)
    end
    render json: coupon
  end
end
