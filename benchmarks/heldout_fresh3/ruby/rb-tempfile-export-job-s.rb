require "csv"
require "tempfile"

class OrdersExportJob
  include Sidekiq::Job

  def perform(user_id)
    Tempfile.create(["orders-#{user_id.to_i}-", ".csv"]) do |file|
      csv = CSV.new(file)
      csv << %w[number date total]
      Order.where(user_id: user_id).find_each { |o| csv << [o.number, o.created_at.to_date, o.total] }
      file.flush
      file.rewind
      Exports.upload(user_id, file)
    end
  end
end
