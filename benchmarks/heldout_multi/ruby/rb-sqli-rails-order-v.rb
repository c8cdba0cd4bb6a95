class ProjectsController < ApplicationController
  def index
    column = params[:sort] || 'created_at'
    @projects = Project.order("#{column} DESC")
    render json: @projects
  end
end
