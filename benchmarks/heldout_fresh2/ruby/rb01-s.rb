class RecipesController < ApplicationController
  def index
    scope = Recipe.where(published: true)
    if params[:q].present?
      pattern = "%#{Recipe.sanitize_sql_like(params[:q])}%"
      scope = scope.where("title ILIKE :p OR ingredients ILIKE :p", p: pattern)
    end
    @recipes = scope.order(created_at: :desc).limit(30)
    render json: @recipes.as_json(only: %i[id title prep_minutes])
  end
end
