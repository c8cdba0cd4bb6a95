class ReportsController < ApplicationController
  def show
    report = Report.find(params[:id])
    render json: { value: report.send(params[:metric]) }
  end
end
