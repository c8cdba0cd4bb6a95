class ReportsController < ApplicationController
  METRICS = %w[total_sales average_order refunds].freeze

  def show
    report = Report.find(params[:id])
    metric = METRICS.include?(params[:metric]) ? params[:metric] : 'total_sales'
    render json: { value: report.public_send(metric) }
  end
end
