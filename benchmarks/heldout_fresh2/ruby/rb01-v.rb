class RecipesController < ApplicationController
  def index
    scope = Recipe.where(published: true)
    if params[:q].present?
      scope = scope.where("title ILIKE '%#{params[:q]}%' OR ingredients ILIKE '%#{params[:q]}%'")
    end
    @recipes = scope.order(created_at: :desc).limit(30)
    render json: @recipes.as_json(only: %i[id title prep_minutes])
  end
end
