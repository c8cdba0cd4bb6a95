class EventCounter
  def initialize(account_id)
    @account_id = Integer(account_id)
  end

  def call
    ActiveRecord::Base.connection.select_value("SELECT COUNT(*) FROM events WHERE account_id = #{@account_id}")
  end
end

class StatsController < ApplicationController
  def show
    render json: { events: EventCounter.new(params[:account_id]).call }
  end
end
