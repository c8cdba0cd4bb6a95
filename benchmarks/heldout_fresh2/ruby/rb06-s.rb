require "sinatra"
require "rack/utils"

class Guestbook
  Entry = Struct.new(:author, :message)

  def initialize
    @entries = []
  end

  def add(author, message)
    @entries << Entry.new(author, message)
  end

  def to_html
    h = ->(s) { Rack::Utils.escape_html(s) }
    @entries.map { |e| "<li><b>#{h.(e.author)}</b>: #{h.(e.message)}</li>" }.join("\n")
  end
end

BOOK = Guestbook.new

post "/guestbook" do
  BOOK.add(params["author"].to_s[0, 40], params["message"].to_s[0, 500])
  redirect "/guestbook"
end

get "/guestbook" do
  "<html><body><h1>Guestbook</h1><ul>#{BOOK.to_html}</ul></body></html>"
end
