class TicketsController < ApplicationController
  def index
    column = params.fetch(:sort, "created_at")
    direction = params.fetch(:dir, "desc")
    @tickets = Ticket.where(project_id: params[:project_id])
                     .order(Arel.sql("#{column} #{direction}"))
                     .page(params[:page])
    render :index
  end
end
