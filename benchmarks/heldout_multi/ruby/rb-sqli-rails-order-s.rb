class ProjectsController < ApplicationController
  SORTABLE = %w[name created_at updated_at].freeze

  def index
    column = SORTABLE.include?(params[:sort]) ? params[:sort] : 'created_at'
    @projects = Project.order("#{column} DESC")
    render json: @projects
  end
end
