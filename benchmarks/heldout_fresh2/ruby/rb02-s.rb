require "roda"
require "sequel"
require "json"

DB = Sequel.connect(ENV.fetch("DATABASE_URL"))

class LeaderboardApp < Roda
  plugin :json

  METRICS = { "score" => "score", "wins" => "wins", "streak" => "best_streak" }.freeze

  route do |r|
    r.get "leaderboard" do
      metric = METRICS.fetch(r.params["metric"].to_s, "score")
      rows = DB["SELECT player, #{metric} AS value FROM player_stats ORDER BY #{metric} DESC LIMIT 25"].all
      rows
    end
  end
end
