class CustomersController < ApplicationController
  def index
    @customers = Customer.where("name LIKE '%#{params[:q]}%'").limit(50)
    render json: @customers
  end
end
