require "sinatra"

DOCS_ROOT = File.expand_path("docs", __dir__)

get "/help" do
  page = params.fetch("page", "index.md")
  path = File.expand_path(page, DOCS_ROOT)
  halt 404 unless path.start_with?(DOCS_ROOT + File::SEPARATOR) && File.file?(path)
  content_type "text/markdown"
  File.read(path)
end
