require "sequel"

# Nightly ETL: copies yesterday's orders from the shop DB into the warehouse.
SHOP = Sequel.connect(adapter: "postgres", host: "shop-db.internal", database: "shop",
                      user: "etl_reader", password: ENV.fetch("SHOP_ETL_PASSWORD"))
WAREHOUSE = Sequel.connect(ENV.fetch("WAREHOUSE_URL"))

yesterday = Date.today - 1
rows = SHOP[:orders].where(Sequel.cast(:created_at, Date) => yesterday)
                    .select(:id, :customer_id, :total_cents, :created_at)
                    .all

WAREHOUSE.transaction do
  WAREHOUSE[:fact_orders].where(order_date: yesterday).delete
  rows.each_slice(500) do |batch|
    WAREHOUSE[:fact_orders].multi_insert(batch.map { |r| r.merge(order_date: yesterday) })
  end
end
puts "copied #{rows.size} orders for #{yesterday}"
