require "sequel"

DB = Sequel.connect(
  adapter: "mysql2",
  host: "reports-db.internal",
  database: "reporting",
  user: "report_writer",
  password: ""
)

DB.transaction do
  DB[:daily_summary].where(day: Date.today).delete
  DB.run(<<~SQL)
    INSERT INTO daily_summary (day, orders, revenue)
    SELECT CURDATE(), COUNT(*), COALESCE(SUM(total), 0)
    FROM orders WHERE DATE(created_at) = CURDATE()
  SQL
end
puts "summary refreshed"
