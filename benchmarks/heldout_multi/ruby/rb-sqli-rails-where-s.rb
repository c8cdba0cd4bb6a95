class CustomersController < ApplicationController
  def index
    @customers = Customer.where("name LIKE ?", "%#{Customer.sanitize_sql_like(params[:q].to_s)}%").limit(50)
    render json: @customers
  end
end
