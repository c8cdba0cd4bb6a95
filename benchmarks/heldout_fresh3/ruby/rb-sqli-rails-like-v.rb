class ProductsController < ApplicationController
  def search
    term = params[:q].to_s.strip
    @products = Product
      .where("name LIKE '%#{term}%' AND archived = ?", false)
      .order(:name)
      .limit(50)
    render json: @products.as_json(only: %i[id name price])
  end
end
