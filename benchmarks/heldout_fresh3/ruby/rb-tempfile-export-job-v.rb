require "csv"

class OrdersExportJob
  include Sidekiq::Job

  def perform(user_id)
    path = "/tmp/orders-#{user_id}.csv"
    CSV.open(path, "w") do |csv|
      csv << %w[number date total]
      Order.where(user_id: user_id).find_each { |o| csv << [o.number, o.created_at.to_date, o.total] }
    end
    Exports.upload(user_id, File.open(path, "rb"))
  ensure
    File.delete(path) if path && File.exist?(path)
  end
end
