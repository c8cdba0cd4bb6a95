require "sinatra"
require "sequel"
require "json"

DB = Sequel.connect(ENV.fetch("DATABASE_URL"))
SORTS = { "new" => "created_at DESC", "old" => "created_at ASC", "prio" => "priority DESC" }.freeze

def ticket_rows(project_id, sort)
  DB.fetch(
    "SELECT id, title, priority, created_at FROM tickets " \
    "WHERE project_id = ? ORDER BY #{SORTS.fetch(sort, 'created_at DESC')} LIMIT 200",
    project_id
  ).all
end

get "/projects/:id/tickets" do
  content_type :json
  ticket_rows(params[:id].to_i, params.fetch("sort", "new")).to_json
end
