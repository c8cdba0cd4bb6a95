require "sinatra"
require "sequel"
require "json"

DB = Sequel.connect(ENV.fetch("DATABASE_URL"))

def ticket_rows(project_id, sort)
  DB.fetch(
    "SELECT id, title, priority, created_at FROM tickets " \
    "WHERE project_id = ? ORDER BY #{sort} LIMIT 200",
    project_id
  ).all
end

get "/projects/:id/tickets" do
  content_type :json
  ticket_rows(params[:id].to_i, params.fetch("sort", "created_at")).to_json
end
