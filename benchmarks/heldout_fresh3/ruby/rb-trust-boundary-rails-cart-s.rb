class CartDiscountsController < ApplicationController
  def create
    code = DiscountCode.active.find_by(code: params[:code].to_s.upcase)
    return render(json: { error: "unknown code" }, status: :not_found) unless code

    session[:discount_code] = code.code
    session[:discount_percent] = code.percent
    render json: { code: code.code, percent: session[:discount_percent] }
  end
end
