require "hanami/action"

module Bookshelf
  module Actions
    module Books
      class Filter < Hanami::Action
        include Deps["repos.book_repo"]

        def handle(request, response)
          pattern = Regexp.escape(request.params[:title_pattern].to_s)
          matcher = Regexp.new(pattern, Regexp::IGNORECASE)
          books = book_repo.all.select { |book| matcher.match?(book.title) }
          response.format = :json
          response.body = books.map { |b| { id: b.id, title: b.title } }.to_json
        end
      end
    end
  end
end
