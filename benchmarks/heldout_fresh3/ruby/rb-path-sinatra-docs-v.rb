require "sinatra"

DOCS_ROOT = File.expand_path("docs", __dir__)

get "/help" do
  page = params.fetch("page", "index.md")
  path = File.join(DOCS_ROOT, page)
  halt 404 unless File.file?(path)
  content_type "text/markdown"
  File.read(path)
end
