require "sinatra"
require "sqlite3"
require "json"

DB = SQLite3::Database.new("recipes.db", results_as_hash: true)

def find_recipe(slug)
  DB.execute("SELECT id, title, body FROM recipes WHERE slug = ?", [slug]).first
end

get "/recipes/:slug" do
  recipe = find_recipe(params[:slug])
  halt 404, "not found" unless recipe
  content_type :json
  recipe.to_json
end
