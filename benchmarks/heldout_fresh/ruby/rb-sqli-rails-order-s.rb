class TicketsController < ApplicationController
  SORTABLE = %w[created_at priority status title].freeze

  def index
    column = SORTABLE.include?(params[:sort]) ? params[:sort] : "created_at"
    direction = params[:dir] == "asc" ? "asc" : "desc"
    @tickets = Ticket.where(project_id: params[:project_id])
                     .order(Arel.sql("#{column} #{direction}"))
                     .page(params[:page])
    render :index
  end
end
