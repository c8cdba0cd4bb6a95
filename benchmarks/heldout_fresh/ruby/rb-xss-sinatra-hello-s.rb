require "sinatra"
require "rack/utils"

helpers do
  def card(name, title)
    h = ->(s) { Rack::Utils.escape_html(s.to_s) }
    "<div class='card'><h3>#{h.(name)}</h3><span>#{h.(title)}</span></div>"
  end
end

get "/card" do
  content_type :html
  card(params[:name], params[:title])
end
