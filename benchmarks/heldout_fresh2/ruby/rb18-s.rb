require "sinatra"
require "mongo"
require "json"

DB = Mongo::Client.new(ENV.fetch("MONGO_URL"), database: "kiosk")

post "/kiosk/checkin" do
  content_type :json
  body = JSON.parse(request.body.read)
  guest = DB[:guests].find(booking_ref: body["booking_ref"].to_s, pin: body["pin"].to_s).first
  halt 404, { error: "booking not found" }.to_json unless guest

  DB[:guests].update_one({ _id: guest["_id"] }, { "$set" => { checked_in_at: Time.now.utc } })
  { room: guest["room"], name: guest["name"] }.to_json
end
