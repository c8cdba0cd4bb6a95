require "sinatra"

helpers do
  def no_results(term)
    "<p class=\"empty\">Nothing found for <em>#{term}</em>.</p>"
  end
end

get "/search" do
  term = params.fetch("q", "")
  <<~HTML
    <!doctype html>
    <html><body>
      <form action="/search"><input name="q"></form>
      #{no_results(term)}
    </body></html>
  HTML
end
