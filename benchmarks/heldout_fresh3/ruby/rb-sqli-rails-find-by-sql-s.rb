class LeaderboardsController < ApplicationController
  def show
    season = Integer(params[:season], exception: false) or return head(:bad_request)
    rows = Score.find_by_sql(<<~SQL)
      SELECT players.nickname, SUM(scores.points) AS total
      FROM scores JOIN players ON players.id = scores.player_id
      WHERE scores.season = '#{season}'
      GROUP BY players.nickname
      ORDER BY total DESC
      LIMIT 20
    SQL
    render json: rows.map { |r| { nickname: r.nickname, total: r.total } }
  end
end
