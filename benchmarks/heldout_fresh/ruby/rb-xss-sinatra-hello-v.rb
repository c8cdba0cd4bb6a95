require "sinatra"

helpers do
  def card(name, title)
    "<div class='card'><h3>#{name}</h3><span>#{title}</span></div>"
  end
end

get "/card" do
  content_type :html
  card(params[:name], params[:title])
end
