require "roda"
require "sequel"
require "json"

DB = Sequel.connect(ENV.fetch("DATABASE_URL"))

class LeaderboardApp < Roda
  plugin :json

  route do |r|
    r.get "leaderboard" do
      metric = r.params["metric"] || "score"
      rows = DB["SELECT player, #{metric} AS value FROM player_stats ORDER BY #{metric} DESC LIMIT 25"].all
      rows
    end
  end
end
