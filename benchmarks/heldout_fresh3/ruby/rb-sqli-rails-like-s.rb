class ProductsController < ApplicationController
  def search
    term = params[:q].to_s.strip
    pattern = "%#{Product.sanitize_sql_like(term)}%"
    @products = Product
      .where("name LIKE ? AND archived = ?", pattern, false)
      .order(:name)
      .limit(50)
    render json: @products.as_json(only: %i[id name price])
  end
end
